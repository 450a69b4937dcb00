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
      />
      <span
        id={`${ids.input}-status`}
        className={isSet ? 'chip chip--ok' : 'chip'}
        data-testid={`${testId}-status`}
      >
        {isSet ? t('secret.set') : t('secret.notSet')}
      </span>
    </div>
  );
}
