import type { CallView } from '../../../shared/contract';

const pad = (value: number) => String(value).padStart(2, '0');

/** A call timer: m:ss below an hour, h:mm:ss from then on. Negative spans (clock skew) count as 0. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** How long the call has been (or was) connected; undefined for a call that was never answered. */
export function connectedMs(call: Pick<CallView, 'answeredAt' | 'endedAt'>, now: number): number | undefined {
  if (call.answeredAt === undefined) return undefined;
  return (call.endedAt ?? now) - call.answeredAt;
}
