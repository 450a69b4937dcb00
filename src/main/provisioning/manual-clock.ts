/**
 * A LimiterClock whose time moves only when told: for tests of the check-sync limiter and the
 * provisioning service, so a 30 s window costs no waiting.
 */
import type { LimiterClock } from './check-sync-limiter';

interface Timer {
  at: number;
  callback: () => void;
}

export class ManualClock implements LimiterClock {
  private time = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const timer: Timer = { at: this.time + Math.max(ms, 0), callback };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer !== handle);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by ms, firing the timers that fall due on the way, earliest first. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.clearTimeout(due);
      this.time = due.at;
      due.callback();
    }
    this.time = until;
  }
}
