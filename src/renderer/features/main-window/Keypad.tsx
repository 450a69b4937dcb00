import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackspaceIcon, PhoneIcon } from '../../ui/icons';
import { DialpadIcon } from '../calls';
import { gridIndexAfterKey } from '../../kit/keyboard-nav';
import { keypadKeyName, keypadKeys } from '../../kit/keypad-keys';
import type { KeypadKey } from '../../kit/keypad-keys';

interface KeypadProps {
  onKey: (value: string) => void;
  onBackspace: () => void;
  onCall: () => void;
  canDelete: boolean;
  digitsShown: boolean;
  onToggleDigits: () => void;
  anyAccountRegistered: boolean;
  /** A dial is on its way to main. */
  dialling: boolean;
  /** The account chooser, when there is more than one account. */
  accountPicker?: ReactNode;
}

function keyName(key: KeypadKey, t: TFunction): string {
  return keypadKeyName(key, { star: t('keypad.star'), hash: t('keypad.hash') });
}

/**
 * The manual's "I. Keypad for entering phone numbers directly". It only edits the search field (no DTMF
 * here, as the manual notes; the call window has its own keypad). Call dials the search field's text.
 */
export function Keypad(props: KeypadProps) {
  const {
    onKey,
    onBackspace,
    onCall,
    canDelete,
    digitsShown,
    anyAccountRegistered,
    dialling,
    accountPicker,
  } = props;
  const { t } = useTranslation();
  // One Tab stop for the twelve keys; arrows, Home and End move between them (roving tabindex).
  const [focusIndex, setFocusIndex] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  const moveFocus = (event: KeyboardEvent, index: number) => {
    const next = gridIndexAfterKey(index, event.key, 3, keypadKeys.length);
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    grid.current?.querySelectorAll<HTMLButtonElement>('.keypad__key')[next]?.focus();
  };
  return (
    <section className="keypad" aria-label={t('keypad.label')}>
      <div ref={grid} id="keypad-digits" className="keypad__grid" hidden={!digitsShown}>
        {keypadKeys.map((key, index) => (
          <button
            key={key.testId}
            type="button"
            className="keypad__key"
            data-testid={`keypad-${key.testId}`}
            aria-label={keyName(key, t)}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onKeyDown={(event) => moveFocus(event, index)}
            onClick={() => onKey(key.value)}
          >
            <span className="keypad__digit">{key.value}</span>
            <span className="keypad__letters">{key.letters}</span>
          </button>
        ))}
      </div>
      <div
        className={`keypad__actions${accountPicker === undefined ? '' : ' keypad__actions--with-account'}`}
      >
        {accountPicker}
        <span
          className="keypad__call-wrap"
          title={anyAccountRegistered ? undefined : t('keypad.callNeedsAccount')}
        >
          <button
            type="button"
            className="button button--call"
            data-testid="call-button"
            disabled={!anyAccountRegistered}
            aria-busy={dialling}
            aria-describedby={anyAccountRegistered ? undefined : 'call-hint'}
            onClick={onCall}
          >
            <PhoneIcon />
            {t('keypad.call')}
          </button>
        </span>
        <button
          type="button"
          className="icon-button keypad__toggle"
          data-testid="keypad-toggle"
          aria-label={t('keypad.toggle')}
          title={digitsShown ? t('keypad.hide') : t('keypad.show')}
          aria-expanded={digitsShown}
          aria-controls="keypad-digits"
          onClick={props.onToggleDigits}
        >
          <DialpadIcon />
        </button>
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
      {!anyAccountRegistered && (
        <p id="call-hint" className="keypad__hint">
          {t('keypad.callNeedsAccount')}
        </p>
      )}
    </section>
  );
}
