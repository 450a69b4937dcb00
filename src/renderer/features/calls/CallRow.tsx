import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract';
import { CallAvatar } from './CallAvatar';
import { CallFlags } from './CallFlags';
import { CallTimer } from './CallTimer';
import { callStateText, callerName, isFailedEnd, endReasonText } from './call-text';
import { HangUpIcon, SwitchIcon } from './call-icons';
import { outcomeDetail } from './call-outcome';
import type { CallActions } from './use-call-actions';

interface CallRowProps {
  call: CallView;
  accountLabel: string;
  actions: CallActions;
}

/**
 * A call besides the current one: held calls offer "Switch to" (resume it; main holds the others), and
 * any live call can be ended from here.
 */
export function CallRow({ call, accountLabel, actions }: CallRowProps) {
  const { t } = useTranslation();
  const name = callerName(call);
  const held = call.state === 'held';
  const detail = call.end === undefined ? undefined : outcomeDetail(t, call.end);
  return (
    <li
      className={`call-row call-row--${call.state}`}
      data-testid={`call-panel-${call.id}`}
      data-state={call.state}
    >
      <CallAvatar name={name} size="small" />
      <span className="call-row__text">
        <span className="call-row__name">{name}</span>
        <span className="call-row__state">
          <span data-testid={`call-state-${call.id}`} data-state={call.state}>
            {callStateText(t, call)}
          </span>
          <CallTimer call={call} className="call-row__timer" />
          <CallFlags call={call} className="call-row__flags" />
          {call.state === 'ended' && call.end !== undefined && (
            <span
              className={`call-row__end${isFailedEnd(call, call.end) ? '' : ' call-row__end--normal'}`}
              data-testid="call-end-reason"
            >
              {endReasonText(t, call, call.end)}
            </span>
          )}
          {call.state === 'ended' && detail !== undefined && (
            <span className="call-row__detail" data-testid="call-end-detail">
              {detail}
            </span>
          )}
          <span className="visually-hidden">{t('calls.viaAccount', { account: accountLabel })}</span>
        </span>
      </span>
      {held && (
        <button
          type="button"
          className="button button--small"
          data-testid={`call-switch-${call.id}`}
          aria-label={t('calls.switchToLabel', { name })}
          aria-disabled={call.pending !== undefined}
          onClick={() => {
            if (call.pending === undefined) actions.setHold(call, false);
          }}
        >
          <SwitchIcon />
          {call.pending === 'resume' ? t('calls.resuming') : t('calls.switchTo')}
        </button>
      )}
      {call.state !== 'ended' && (
        <button
          type="button"
          className="icon-button icon-button--small call-row__hangup"
          data-testid={`call-row-hangup-${call.id}`}
          aria-label={t('calls.hangupLabel', { name })}
          title={t('calls.hangupLabel', { name })}
          onClick={() => actions.hangup(call)}
        >
          <HangUpIcon />
        </button>
      )}
    </li>
  );
}
