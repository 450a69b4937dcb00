import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract';
import { CallPanel } from './CallPanel';
import { CallRow } from './CallRow';
import { IncomingCallPanel } from './IncomingCallPanel';
import { activeCall, currentCall, incomingCalls, otherCalls } from './call-selectors';
import { WindowIcon } from './call-icons';
import { dtmfToneFromKey, isTextEntry } from './dtmf-keys';
import { useCallActions } from './use-call-actions';
import { isAnswerShortcut } from '../../kit/keyboard-nav';
import { useWindowKeydown } from '../../kit/use-window-keydown';

interface CallWindowProps {
  calls: readonly CallView[];
  accountLabel: (accountId: string) => string;
  /** Shows the main window (search, contacts, recent calls) while the calls go on. */
  onShowMainWindow: () => void;
}

/**
 * The manual's call window, in the main window's area while there are calls: calls ringing here on top,
 * then the other calls (held ones can be switched to), then the current call with its call menu.
 * Digits, * and # typed while it has focus go out as DTMF on the active call.
 */
export function CallWindow({ calls, accountLabel, onShowMainWindow }: CallWindowProps) {
  const { t } = useTranslation();
  const actions = useCallActions();
  const container = useRef<HTMLElement>(null);
  const [sentTones, setSentTones] = useState<ReadonlyMap<string, string>>(new Map());
  const incoming = incomingCalls(calls);
  const current = currentCall(calls);
  const others = otherCalls(calls, current);
  const waitingBehind = activeCall(calls);

  const sendTone = (call: CallView, tone: string) => {
    actions.sendDtmf(call, tone);
    setSentTones((previous) => new Map(previous).set(call.id, (previous.get(call.id) ?? '') + tone));
  };

  // The ringing call's answer key, wherever focus is (a ringing call never takes focus itself).
  useWindowKeydown((event) => {
    const ringing = incoming[0];
    if (ringing === undefined || !isAnswerShortcut(event)) return;
    event.preventDefault();
    actions.answer(ringing, waitingBehind);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || isTextEntry(event.target) || current?.state !== 'active') return;
    const tone = dtmfToneFromKey(event);
    if (tone === undefined) return;
    event.preventDefault();
    sendTone(current, tone);
  };

  // When the control that had focus went away (the Call button, a panel of a call that ended), focus
  // lands on the call window itself so the keyboard keeps working; never while the app is in the
  // background.
  useEffect(() => {
    if (document.hasFocus() && (document.activeElement === null || document.activeElement === document.body))
      container.current?.focus();
  });

  return (
    <main
      ref={container}
      className="call-window"
      data-testid="call-window"
      aria-label={t('calls.windowLabel')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="call-window__bar">
        <h1 className="call-window__title">{t('calls.windowLabel')}</h1>
        <button
          type="button"
          className="button button--ghost button--small"
          data-testid="call-show-main"
          onClick={onShowMainWindow}
        >
          <WindowIcon />
          {t('calls.showMainWindow')}
        </button>
      </div>
      {incoming.map((call) => (
        <IncomingCallPanel
          key={call.id}
          call={call}
          accountLabel={accountLabel(call.accountId)}
          waitingBehind={waitingBehind}
          actions={actions}
        />
      ))}
      {others.length > 0 && (
        <ul className="call-list" aria-label={t('calls.otherCalls')}>
          {others.map((call) => (
            <CallRow
              key={call.id}
              call={call}
              accountLabel={accountLabel(call.accountId)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {current !== undefined && (
        <CallPanel
          key={current.id}
          call={current}
          accountLabel={accountLabel(current.accountId)}
          actions={actions}
          sentTones={sentTones.get(current.id) ?? ''}
          onTone={(tone) => sendTone(current, tone)}
          compact={incoming.length > 0 || others.length > 0}
        />
      )}
      {actions.error !== undefined && (
        <p className="form-error" data-testid="call-error">
          {actions.error}
        </p>
      )}
    </main>
  );
}
