import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useVoicemailTransfer } from './use-voicemail-transfer';
import type { CallView } from '../../../shared/contract';
import { sourceLabel } from '../../i18n/source-label';
import { PhoneIcon } from '../../ui/icons';
import { CallAvatar } from './CallAvatar';
import { callerName, callerNumber } from './call-text';
import { BellOffIcon, HangUpIcon } from './call-icons';
import type { CallActions } from './use-call-actions';

interface IncomingCallPanelProps {
  call: CallView;
  accountLabel: string;
  /** The conversation this call waits behind (call waiting); accepting puts it on hold. */
  waitingBehind: CallView | undefined;
  actions: CallActions;
}

/**
 * A call ringing here: Accept, Reject and Silence (ringing off for this call only; the manual notes it
 * cannot be undone). While another call is active this is the manual's call-waiting presentation.
 */
export function IncomingCallPanel({ call, accountLabel, waitingBehind, actions }: IncomingCallPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const name = callerName(call);
  const number = callerNumber(call);
  const waiting = waitingBehind !== undefined;
  const toVoicemail = useVoicemailTransfer(call.accountId);

  // A ringing call never takes focus: the user may be typing DTMF or text, and Enter would answer. It is
  // announced (live region) and answered with the shortcut shown here (see CallWindow).

  return (
    <section
      className={`incoming${waiting ? ' incoming--waiting' : ''}`}
      data-testid={`incoming-${call.id}`}
      aria-labelledby={titleId}
    >
      <div className="incoming__who">
        <CallAvatar name={name} size={waiting ? 'small' : 'large'} />
        <div className="incoming__names">
          <p id={titleId} className="incoming__title">
            {waiting ? t('incoming.waitingTitle') : t('incoming.title')}
          </p>
          <p className="incoming__name" data-testid="incoming-name">
            {name}
          </p>
          {number !== undefined && <p className="incoming__number">{number}</p>}
          {call.contact !== undefined && (
            <p className="incoming__source" data-testid={`call-contact-source-${call.id}`}>
              {t('contacts.fromSource', { source: sourceLabel(t, call.contact) })}
            </p>
          )}
          <p className="incoming__account">{t('calls.viaAccount', { account: accountLabel })}</p>
        </div>
      </div>
      {waitingBehind !== undefined && (
        <p className="incoming__note">{t('incoming.holdNote', { name: callerName(waitingBehind) })}</p>
      )}
      <p className="incoming__shortcut muted" data-testid="incoming-shortcut">
        {t('incoming.shortcutHint')}
      </p>
      <div className="incoming__actions">
        <button
          type="button"
          className="button button--call"
          data-testid="incoming-accept"
          aria-keyshortcuts="Control+Shift+Enter"
          onClick={() => actions.answer(call, waitingBehind)}
        >
          <PhoneIcon />
          {waiting ? t('incoming.acceptHold') : t('incoming.accept')}
        </button>
        <button
          type="button"
          className="button button--reject"
          data-testid="incoming-reject"
          onClick={() => actions.reject(call)}
        >
          <HangUpIcon />
          {t('incoming.reject')}
        </button>
        <button
          type="button"
          className="button incoming__silence"
          data-testid="incoming-silence"
          aria-pressed={call.silenced}
          aria-disabled={call.silenced}
          title={call.silenced ? t('incoming.silencedHint') : t('incoming.silenceHint')}
          onClick={() => {
            if (!call.silenced) actions.silence(call);
          }}
        >
          <BellOffIcon />
          {call.silenced ? t('incoming.silenced') : t('incoming.silence')}
        </button>
        {toVoicemail && (
          <button
            type="button"
            className="button incoming__silence"
            data-testid="incoming-voicemail"
            onClick={() => actions.toVoicemail(call)}
          >
            {t('calls.toVoicemail')}
          </button>
        )}
      </div>
    </section>
  );
}
