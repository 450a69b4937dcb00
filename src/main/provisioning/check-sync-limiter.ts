/**
 * Coalesces and rate-limits the provisioning runs that NOTIFY check-sync asks for. A PBX may send
 * dozens in a burst (one per line, per reload, per admin click); each fetch costs the provisioning
 * server a request and us a re-registration check.
 *
 * ```
 *          request, window over                over, none deferred
 *   idle ────────────────────────▶ running ─────────────────────────▶ idle
 *    │                              │    ▲
 *    │ request in the window        │    │ timer fires at the window's end
 *    ▼      over, requests deferred │    │
 *   waiting ◀───────────────────────┘    │
 *    └───────────────────────────────────┘
 * ```
 * - idle: the next request starts a run at once if the last run started at least minIntervalMs ago,
 *   else it schedules one run at the end of that window;
 * - running: requests are counted and become at most one follow-up run;
 * - waiting: requests join the scheduled run.
 *
 * A request is never dropped: the PBX's latest configuration is always fetched, at most once per
 * window. A failed run counts like any other, so it never blocks later ones.
 */
import type { Logger } from '../log/logger';

export interface LimiterClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CheckSyncLimiterOptions {
  /** One provisioning run; resolves or rejects when it is over. */
  run(): Promise<unknown>;
  logger: Logger;
  /** The least time between the starts of two runs; default 30 s. */
  minIntervalMs?: number;
  /** Tests pass a fake. */
  clock?: LimiterClock;
}

export const DEFAULT_CHECK_SYNC_INTERVAL_MS = 30_000;

const systemClock: LimiterClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class CheckSyncLimiter {
  private readonly minIntervalMs: number;
  private readonly clock: LimiterClock;
  private lastStart: number | undefined;
  private running = false;
  private timer: unknown;
  /** Requests since the last run started, waiting for the next one. */
  private deferred = 0;
  private stopped = false;

  constructor(private readonly options: CheckSyncLimiterOptions) {
    this.minIntervalMs = options.minIntervalMs ?? DEFAULT_CHECK_SYNC_INTERVAL_MS;
    this.clock = options.clock ?? systemClock;
  }

  /** A check-sync arrived. */
  request(): void {
    if (this.stopped) return;
    if (this.running || this.timer !== undefined) {
      this.defer();
      return;
    }
    const wait = this.untilWindowEnds();
    if (wait <= 0) {
      this.start();
      return;
    }
    this.defer();
    this.schedule(wait);
  }

  /** Cancels a scheduled run; a running one finishes without a follow-up. */
  stop(): void {
    this.stopped = true;
    this.deferred = 0;
    this.cancelTimer();
  }

  /** Accepts requests again after stop(). */
  resume(): void {
    this.stopped = false;
  }

  private defer(): void {
    this.deferred++;
    if (this.deferred > 1) return;
    const window = `at most one run per ${this.minIntervalMs / 1000} s`;
    const when = this.running
      ? 'a provisioning run is in progress, one more follows it'
      : `provisioning in ${Math.ceil(Math.max(this.untilWindowEnds(), 0) / 1000)} s`;
    this.options.logger.info(`check-sync coalesced: ${when} (${window})`);
  }

  private start(): void {
    if (this.deferred > 1) {
      this.options.logger.info(`Provisioning once for ${this.deferred} coalesced check-syncs`);
    }
    this.deferred = 0;
    this.running = true;
    this.lastStart = this.clock.now();
    let run: Promise<unknown>;
    try {
      run = this.options.run();
    } catch (error) {
      run = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    void run
      .catch((error: unknown) => this.options.logger.warn('A provisioning run for check-sync failed', error))
      .finally(() => this.finished());
  }

  private finished(): void {
    this.running = false;
    if (this.stopped || this.deferred === 0) return;
    this.schedule(Math.max(this.untilWindowEnds(), 0));
  }

  private schedule(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (!this.stopped) this.start();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private untilWindowEnds(): number {
    return this.lastStart === undefined ? 0 : this.lastStart + this.minIntervalMs - this.clock.now();
  }
}
