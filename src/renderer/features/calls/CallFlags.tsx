import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract';
import { MicOffIcon, PauseIcon } from './call-icons';

/**
 * What the user must not miss about a live call: the far end holds us (an icon beside the state
 * line, which says it in words; screen readers hear it once from the call announcements) and our
 * microphone is muted (icon and text).
 */
export function CallFlags({ call, className }: { call: CallView; className: string }) {
  const { t } = useTranslation();
  const heldByRemote = call.state === 'active' && call.remoteHold;
  const muted = call.muted && call.state !== 'ended';
  if (!heldByRemote && !muted) return null;
  return (
    <span className={className}>
      {heldByRemote && (
        <span className="call-flag call-flag--remote-hold" data-testid={`call-remote-hold-${call.id}`}>
          <PauseIcon />
        </span>
      )}
      {muted && (
        <span className="call-flag call-flag--muted" data-testid={`call-muted-${call.id}`}>
          <MicOffIcon />
          {t('calls.mutedFlag')}
        </span>
      )}
    </span>
  );
}
