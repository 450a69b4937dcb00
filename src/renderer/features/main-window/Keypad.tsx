import { useTranslation } from 'react-i18next';
import { BackspaceIcon, PhoneIcon } from '../../ui/icons';
import { keypadKeys } from './keypad-keys';
import type { KeypadKey } from './keypad-keys';

interface KeypadProps {
  onKey: (value: string) => void;
  onBackspace: () => void;
  canDelete: boolean;
  anyAccountRegistered: boolean;
}

function keyName(key: KeypadKey, t: ReturnType<typeof useTranslation>['t']): string {
  if (key.value === '*') return t('keypad.star');
  if (key.value === '#') return t('keypad.hash');
  return key.value;
}

/**
 * The manual's "I. Keypad for entering phone numbers directly". It only edits the search field (no DTMF
 * here, as the manual notes). Calling is not built yet, so the Call button stays disabled and says why
 * instead of pretending to dial.
 */
export function Keypad({ onKey, onBackspace, canDelete, anyAccountRegistered }: KeypadProps) {
  const { t } = useTranslation();
  const callHint = anyAccountRegistered ? t('keypad.callNotYet') : t('keypad.callNeedsAccount');
  return (
    <section className="keypad" aria-label={t('keypad.label')}>
      <div className="keypad__grid">
        {keypadKeys.map((key) => (
          <button
            key={key.testId}
            type="button"
            className="keypad__key"
            data-testid={`keypad-${key.testId}`}
            aria-label={keyName(key, t)}
            onClick={() => onKey(key.value)}
          >
            <span className="keypad__digit">{key.value}</span>
            <span className="keypad__letters">{key.letters}</span>
          </button>
        ))}
      </div>
      <div className="keypad__actions">
        <span className="keypad__call-wrap" title={callHint}>
          <button
            type="button"
            className="button button--call"
            data-testid="call-button"
            disabled
            aria-describedby="call-hint"
          >
            <PhoneIcon />
            {t('keypad.call')}
          </button>
        </span>
        <button
          type="button"
          className="icon-button keypad__backspace"
          data-testid="keypad-backspace"
          aria-label={t('keypad.backspace')}
          title={t('keypad.backspace')}
          aria-disabled={!canDelete}
          onClick={onBackspace}
        >
          <BackspaceIcon />
        </button>
      </div>
      <p id="call-hint" className="keypad__hint">
        {callHint}
      </p>
    </section>
  );
}
