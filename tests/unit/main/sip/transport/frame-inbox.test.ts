import { describe, expect, it } from 'vitest';
import { FrameInbox } from '../../../../../src/main/sip/transport/frame-inbox';

/** A scheduler the test runs by hand, and a clock each handled message advances by 1 ms. */
function harness(options: { budgetMs: number; capacity?: number; maxWaitingSize?: number }) {
  const turns: (() => void)[] = [];
  let time = 0;
  const handled: number[] = [];
  let overflows = 0;
  const inbox = new FrameInbox<number>(
    (item) => {
      handled.push(item);
      time += 1;
    },
    {
      ...options,
      sizeOf: (item: number) => item,
      now: () => time,
      schedule: (turn) => turns.push(turn),
      onOverflow: () => overflows++,
    },
  );
  const runTurn = (): number[] => {
    const before = handled.length;
    turns.shift()?.();
    return handled.slice(before);
  };
  return { inbox, turns, handled, runTurn, overflows: () => overflows };
}

describe('FrameInbox', () => {
  it('hands messages on in order, a budget per turn, never synchronously', () => {
    const h = harness({ budgetMs: 3 });
    for (let i = 0; i < 7; i++) h.inbox.push(i);
    expect(h.handled).toEqual([]);
    expect(h.turns).toHaveLength(1);
    expect(h.runTurn()).toEqual([0, 1, 2]);
    expect(h.runTurn()).toEqual([3, 4, 5]);
    expect(h.runTurn()).toEqual([6]);
    expect(h.turns).toHaveLength(0);
    h.inbox.push(7);
    expect(h.runTurn()).toEqual([7]);
  });

  it('handles at least one message per turn even when one takes longer than the budget', () => {
    const h = harness({ budgetMs: 0 });
    h.inbox.push(1);
    h.inbox.push(2);
    expect(h.runTurn()).toEqual([1]);
    expect(h.runTurn()).toEqual([2]);
  });

  it('drops what comes beyond its capacity', () => {
    const h = harness({ budgetMs: 100, capacity: 3 });
    for (let i = 0; i < 5; i++) h.inbox.push(i);
    expect(h.overflows()).toBe(2);
    expect(h.runTurn()).toEqual([0, 1, 2]);
  });

  it('drops what would make the waiting messages larger than allowed, and takes more once they went', () => {
    const h = harness({ budgetMs: 100, maxWaitingSize: 10 });
    h.inbox.push(6);
    h.inbox.push(5);
    h.inbox.push(4);
    expect(h.overflows()).toBe(1);
    expect(h.runTurn()).toEqual([6, 4]);
    h.inbox.push(9);
    expect(h.overflows()).toBe(1);
  });
});
