import { useTranslation } from 'react-i18next';
import { keypadKeyName, keypadKeys } from '../../kit/keypad-keys';

interface DtmfPadProps {
  id: string;
  /** Tones go out only while the call is active (not held, not ringing). */
  enabled: boolean;
  /** What was sent in this call so far, shown as a read-back. */
  sent: string;
  onTone: (tone: string) => void;
}

/** The call menu's keypad: each key sends its DTMF tone at once (the main window's keypad cannot). */
export function DtmfPad({ id, enabled, sent, onTone }: DtmfPadProps) {
  const { t } = useTranslation();
  const names = { star: t('keypad.star'), hash: t('keypad.hash') };
  return (
    <div id={id} className="dtmf" role="group" aria-label={t('calls.dtmfLabel')}>
      <p className="dtmf__sent" data-testid="call-dtmf-sent">
        {sent === '' ? (
          <span className="muted">{enabled ? t('calls.dtmfHint') : t('calls.dtmfOnlyActive')}</span>
        ) : (
          <span aria-label={t('calls.dtmfSent', { tones: sent })}>{sent}</span>
        )}
      </p>
      <div className="keypad__grid">
        {keypadKeys.map((key) => (
          <button
            key={key.testId}
            type="button"
            className="keypad__key"
            data-testid={`call-dtmf-${key.testId}`}
            aria-label={keypadKeyName(key, names)}
            aria-disabled={!enabled}
            onClick={() => {
              if (enabled) onTone(key.value);
            }}
          >
            <span className="keypad__digit">{key.value}</span>
            <span className="keypad__letters">{key.letters}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
