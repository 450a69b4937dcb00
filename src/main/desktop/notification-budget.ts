import type { NotificationDecision } from './notification-policy';

/**
 * A cap on pop-ups, whatever floods the phone (calls, voicemail, network flaps): at most `limit`
 * notifications within `windowMs`. Beyond it nothing pops up; the calls still ring and show in the
 * window, and closing a notification always goes through.
 */
export class NotificationBudget {
  private readonly shown: number[] = [];

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The decision as it may go out: a 'show' beyond the budget becomes 'none'. */
  admit(decision: NotificationDecision): NotificationDecision {
    if (decision.type !== 'show') return decision;
    const now = this.now();
    while (this.shown.length > 0 && this.shown[0]! <= now - this.windowMs) this.shown.shift();
    if (this.shown.length >= this.limit) return { type: 'none' };
    this.shown.push(now);
    return decision;
  }
}
