import type { CallView } from '../../../shared/contract';
import { PauseIcon } from './call-icons';

/**
 * What the user must not miss about a live call: the far end holds us (an icon beside the state
 * line, which says it in words; screen readers hear it once from the call announcements).
 */
export function CallFlags({ call, className }: { call: CallView; className: string }) {
  const heldByRemote = call.state === 'active' && call.remoteHold;
  if (!heldByRemote) return null;
  return (
    <span className={className}>
      {heldByRemote && (
        <span className="call-flag call-flag--remote-hold" data-testid={`call-remote-hold-${call.id}`}>
          <PauseIcon />
        </span>
      )}
    </span>
  );
}
