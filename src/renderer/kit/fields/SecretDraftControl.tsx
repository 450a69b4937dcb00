import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIds } from './field-ids';

interface SecretDraftControlProps {
  ids: FieldIds;
  testId: string;
  isSet: boolean;
  disabled: boolean;
  describedBy: string | undefined;
  /** What the user typed; empty keeps the stored secret. */
  typed: string;
  onType: (value: string) => void;
  /** Enter in the field (a setting saves on Enter). */
  onEnter?: () => void;
  /** Actions shown after the set/not-set chip. */
  children?: ReactNode;
}

/**
 * A secret inside a form that is saved as a whole (the account password): what is typed goes out with
 * the form, the stored value is never shown, only whether there is one.
 */
export function SecretDraftControl({
  ids,
  testId,
  isSet,
  disabled,
  describedBy,
  typed,
  onType,
  onEnter,
  children,
}: SecretDraftControlProps) {
  const { t } = useTranslation();
  return (
    <div className="secret-control">
      <input
        type="password"
        className="input"
        id={ids.input}
        data-testid={testId}
        autoComplete="new-password"
        placeholder={t('secret.placeholder')}
        value={typed}
        disabled={disabled}
        aria-describedby={[`${ids.input}-status`, describedBy].filter(Boolean).join(' ')}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !onEnter) return;
          event.preventDefault();
          onEnter();
        }}
      />
      <span
        id={`${ids.input}-status`}
        className={isSet ? 'chip chip--ok' : 'chip'}
        data-testid={`${testId}-status`}
      >
        {isSet ? t('secret.set') : t('secret.notSet')}
      </span>
      {children}
    </div>
  );
}
