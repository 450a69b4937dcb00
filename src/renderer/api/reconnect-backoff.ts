export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { initialMs: 500, maxMs: 10_000 };

/**
 * Delay before reconnect attempt number `attempt` (0 for the first retry): exponential, capped, with
 * jitter in the upper half so that several open tabs don't hammer a restarted web shell in lockstep.
 */
export function reconnectDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
