import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDialableWaiter } from '../../../../src/main/links/dialable-waiter';

function accounts() {
  const listeners = new Set<() => void>();
  const state = { registered: false };
  return {
    state,
    listeners,
    isDialable: () => state.registered,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(registered: boolean) {
      state.registered = registered;
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('createDialableWaiter', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves at once when an account can dial', async () => {
    const fake = accounts();
    fake.state.registered = true;
    await createDialableWaiter(fake)();
    expect(fake.listeners.size).toBe(0);
  });

  it('waits for the registration and unsubscribes', async () => {
    vi.useFakeTimers();
    const fake = accounts();
    let done = false;
    const waiting = createDialableWaiter({ ...fake, timeoutMs: 10_000 })().then(() => (done = true));
    fake.change(false);
    await Promise.resolve();
    expect(done).toBe(false);
    fake.change(true);
    await waiting;
    expect(done).toBe(true);
    expect(fake.listeners.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after the timeout so the dial can report what is wrong', async () => {
    vi.useFakeTimers();
    const fake = accounts();
    let done = false;
    const waiting = createDialableWaiter({ ...fake, timeoutMs: 10_000 })().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
    expect(fake.listeners.size).toBe(0);
  });
});
