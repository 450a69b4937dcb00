import { describe, expect, it } from 'vitest';
import { NotificationBudget } from '../../../../src/main/desktop/notification-budget';
import type { NotificationDecision } from '../../../../src/main/desktop/notification-policy';

const show = (tag: string): NotificationDecision => ({
  type: 'show',
  request: {
    kind: 'incomingCall',
    tag,
    title: 'Incoming call',
    body: tag,
    actions: [],
    requireInteraction: true,
  },
});

describe('NotificationBudget', () => {
  it('lets `limit` notifications through per window, then none until the window moved on', () => {
    let time = 0;
    const budget = new NotificationBudget(3, 1000, () => time);
    const out = Array.from({ length: 10 }, (_, i) => budget.admit(show(`c${i}`)).type);
    expect(out).toEqual(['show', 'show', 'show', 'none', 'none', 'none', 'none', 'none', 'none', 'none']);
    time = 1001;
    expect(budget.admit(show('later')).type).toBe('show');
  });

  it('always lets a close through', () => {
    const budget = new NotificationBudget(0, 1000, () => 0);
    expect(budget.admit({ type: 'close', tag: 'call:1' })).toEqual({ type: 'close', tag: 'call:1' });
  });
});
