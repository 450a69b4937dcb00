import type { CallView } from '../../../shared/contract';
import { useNow } from '../../kit/use-now';
import { connectedMs, formatDuration } from './call-duration';

/**
 * How long the call has been connected. role="timer" keeps screen readers from reading every tick; the
 * value is there when the user asks for it.
 */
export function CallTimer({ call, className }: { call: CallView; className?: string }) {
  const running = call.answeredAt !== undefined && call.endedAt === undefined;
  const now = useNow(1000, running);
  const ms = connectedMs(call, now);
  if (ms === undefined) return null;
  return (
    <span role="timer" className={className} data-testid={`call-timer-${call.id}`}>
      {formatDuration(ms)}
    </span>
  );
}
