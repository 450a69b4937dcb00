import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVoicemailTransfer } from './use-voicemail-transfer';
import type { CallView } from '../../../shared/contract';
import { sourceLabel } from '../../i18n/source-label';
import { CallAvatar } from './CallAvatar';
import { CallControls } from './CallControls';
import { CallFlags } from './CallFlags';
import { CallTimer } from './CallTimer';
import { DtmfPad } from './DtmfPad';
import { QualityPanel } from './QualityPanel';
import { isEstablished } from './call-selectors';
import { callStateText, callerName, callerNumber } from './call-text';
import { HangUpIcon } from './call-icons';
import type { CallActions } from './use-call-actions';

interface CallPanelProps {
  call: CallView;
  accountLabel: string;
  actions: CallActions;
  /** DTMF sent in this call so far. */
  sentTones: string;
  onTone: (tone: string) => void;
  /** Less room: another panel (a waiting call) shares the window. */
  compact: boolean;
}

/**
 * The manual's call window for the current call (never an ended one: see currentCall): who, which
 * account, state, duration and the call menu.
 */
export function CallPanel({ call, accountLabel, actions, sentTones, onTone, compact }: CallPanelProps) {
  const { t } = useTranslation();
  const toVoicemail = useVoicemailTransfer(call.accountId);
  const [panel, setPanel] = useState<'none' | 'keypad' | 'quality'>('none');
  const nameId = useId();
  const keypadId = useId();
  const qualityId = useId();
  const name = callerName(call);
  const number = callerNumber(call);
  // The keypad and quality panel only make sense while the call is up; they close when it is not.
  const shown = isEstablished(call) ? panel : 'none';
  const small = compact || shown !== 'none';

  return (
    <section
      className={`call-panel${small ? ' call-panel--compact' : ''}`}
      data-testid={`call-panel-${call.id}`}
      data-state={call.state}
      aria-labelledby={nameId}
    >
      <div className="call-panel__who">
        <CallAvatar name={name} size={small ? 'small' : 'large'} />
        <div className="call-panel__names">
          <h2 id={nameId} className="call-panel__name" data-testid={`call-name-${call.id}`}>
            {name}
          </h2>
          {number !== undefined && <p className="call-panel__number">{number}</p>}
          {call.contact !== undefined && (
            <p className="call-panel__source" data-testid={`call-contact-source-${call.id}`}>
              {t('contacts.fromSource', { source: sourceLabel(t, call.contact) })}
            </p>
          )}
          <p className="call-panel__account">{t('calls.viaAccount', { account: accountLabel })}</p>
        </div>
      </div>
      <p
        className={`call-panel__status call-panel__status--${call.pending === undefined ? call.state : 'pending'}`}
      >
        <span data-testid={`call-state-${call.id}`} data-state={call.state}>
          {callStateText(t, call)}
        </span>
        <CallTimer call={call} className="call-panel__timer" />
        <CallFlags call={call} className="call-panel__flags" />
      </p>
      <CallControls
        call={call}
        actions={actions}
        keypadOpen={shown === 'keypad'}
        qualityOpen={shown === 'quality'}
        keypadId={keypadId}
        qualityId={qualityId}
        onToggleKeypad={() => setPanel(shown === 'keypad' ? 'none' : 'keypad')}
        onToggleQuality={() => setPanel(shown === 'quality' ? 'none' : 'quality')}
      />
      {shown === 'keypad' && (
        <DtmfPad id={keypadId} enabled={call.state === 'active'} sent={sentTones} onTone={onTone} />
      )}
      {shown === 'quality' && <QualityPanel id={qualityId} callId={call.id} />}
      {toVoicemail && call.state !== 'ended' && (
        <button
          type="button"
          className="button button--small"
          data-testid="call-voicemail"
          onClick={() => actions.toVoicemail(call)}
        >
          {t('calls.toVoicemail')}
        </button>
      )}
      <button
        type="button"
        className="button button--hangup"
        data-testid="call-hangup"
        onClick={() => actions.hangup(call)}
      >
        <HangUpIcon />
        {t('calls.hangup')}
      </button>
    </section>
  );
}
