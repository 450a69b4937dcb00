/**
 * Keeps a flood of the same warning (a refused INVITE per packet of a flood) from flooding the log file:
 * the first line is written, then at most one line per interval, which says how many were left out.
 */
export class LogThrottle {
  private last = Number.NEGATIVE_INFINITY;
  private suppressed = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Writes `line` through `write` unless one was written within the interval. */
  log(write: (line: string) => void, line: string): void {
    const now = this.now();
    if (now - this.last < this.intervalMs) {
      this.suppressed++;
      return;
    }
    const left = this.suppressed;
    this.last = now;
    this.suppressed = 0;
    write(left > 0 ? `${line} (and ${left} more like it since the last such line)` : line);
  }
}

/**
 * Keeps a line repeated in a loop (a retry a second during a long outage) to one line per interval while
 * it says the same thing (`key`); a different key is written at once. The next line written says how
 * many were left out.
 */
export class RepeatedLineThrottle {
  private lastKey: string | undefined;
  private readonly throttle: { current: LogThrottle };

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.throttle = { current: new LogThrottle(intervalMs, now) };
  }

  log(write: (line: string) => void, key: string, line: string): void {
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.throttle.current = new LogThrottle(this.intervalMs, this.now);
    }
    this.throttle.current.log(write, line);
  }
}
