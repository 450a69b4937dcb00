/**
 * When to try again after a failed connect or registration: exponential backoff with jitter, so a
 * restarted PBX is not hit by every phone at the same instant (the "thundering herd" of RFC 5626
 * §4.5, which uses the same shape: a base time doubling up to a cap, randomised).
 */
export interface BackoffOptions {
  /** Delay after the first failure. */
  initialMs: number;
  /** Largest delay before jitter. */
  maxMs: number;
  /** Each further failure multiplies the delay by this. */
  factor: number;
  /** ± this fraction of randomness, e.g. 0.2 for ±20%. */
  jitter: number;
}

/** 0.5 s, 1 s, 2 s, 4 s … up to 30 s, each ±20%. */
export const defaultBackoff: BackoffOptions = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.2 };

/**
 * The delay before the next attempt after `failures` consecutive failures (1 = the first failure),
 * never above `ceilingMs`: the ceiling gets the same jitter, downwards only, so it holds and phones
 * that hit it still spread out. `random` returns [0, 1) like Math.random; tests pass a fixed one.
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  options: BackoffOptions = defaultBackoff,
  ceilingMs = Number.POSITIVE_INFINITY,
): number {
  if (failures <= 0) return 0;
  const exponent = Math.min(failures - 1, 64);
  const base = Math.min(options.maxMs, options.initialMs * options.factor ** exponent);
  const chance = random();
  const delay = base * (1 + options.jitter * (2 * chance - 1));
  const ceiling = ceilingMs * (1 - options.jitter * chance);
  return Math.max(0, Math.round(Math.min(delay, ceiling)));
}
