import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract';
import { CallFlags } from './CallFlags';
import { CallTimer } from './CallTimer';
import { currentCall } from './call-selectors';
import { callStateText, callerName } from './call-text';
import { PhoneIcon } from '../../ui/icons';

interface CallBarProps {
  calls: readonly CallView[];
  onShowCall: () => void;
}

/** One line for the calls while the call window is out of sight: who, state, time, and the way back. */
export function CallBar({ calls, onShowCall }: CallBarProps) {
  const { t } = useTranslation();
  const current = currentCall(calls);
  if (current === undefined) return null;
  const more = calls.filter((call) => call.state !== 'incoming').length - 1;
  return (
    <div className={`call-bar call-bar--${current.state}`} data-testid="call-bar">
      <PhoneIcon className="call-bar__icon" />
      <p className="call-bar__text">
        <span className="call-bar__name">{callerName(current)}</span>
        <span className="call-bar__state">
          {callStateText(t, current)} <CallTimer call={current} />
          <CallFlags call={current} className="call-bar__flags" />
          {more > 0 && <> · {t('calls.moreCalls', { count: more })}</>}
        </span>
      </p>
      <button type="button" className="button button--small" data-testid="call-show" onClick={onShowCall}>
        {t('calls.showCall')}
      </button>
    </div>
  );
}
