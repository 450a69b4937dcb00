import type { CallView } from '../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { CallBar } from './CallBar';
import { CallRow } from './CallRow';
import { IncomingCallPanel } from './IncomingCallPanel';
import { activeCall, incomingCalls, isLive } from './call-selectors';
import { useCallActions } from './use-call-actions';

interface CallStripProps {
  calls: readonly CallView[];
  accountLabel: (accountId: string) => string;
  onShowCall: () => void;
}

/**
 * Calls above a screen that hides the call window (the main window's lists, settings, the account
 * editor): a call ringing here can still be taken, the current call is one click away, and calls that
 * just ended say how until main drops them, without blocking the search field or the lists.
 */
export function CallStrip({ calls, accountLabel, onShowCall }: CallStripProps) {
  const { t } = useTranslation();
  const actions = useCallActions();
  const incoming = incomingCalls(calls);
  const live = calls.filter(isLive);
  const ended = calls.filter((call) => call.state === 'ended');
  const waitingBehind = activeCall(calls);
  return (
    <div className="call-strip" data-testid="call-strip">
      {incoming.map((call) => (
        <IncomingCallPanel
          key={call.id}
          call={call}
          accountLabel={accountLabel(call.accountId)}
          waitingBehind={waitingBehind}
          actions={actions}
        />
      ))}
      {live.length > 0 && <CallBar calls={live} onShowCall={onShowCall} />}
      {ended.length > 0 && (
        <ul className="call-list" aria-label={t('calls.endedCalls')}>
          {ended.map((call) => (
            <CallRow
              key={call.id}
              call={call}
              accountLabel={accountLabel(call.accountId)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {actions.error !== undefined && (
        <p className="form-error" data-testid="call-error">
          {actions.error}
        </p>
      )}
    </div>
  );
}
