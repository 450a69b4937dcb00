export interface DialableWaiterOptions {
  /** True once an account is registered and can place a call. */
  isDialable(): boolean;
  /** Calls the listener whenever that may have changed (accounts.changed); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Give up waiting after this long and dial anyway (the call manager then says what is wrong). */
  timeoutMs?: number;
}

/**
 * A link that started the app arrives long before the first REGISTER has been answered: this waits,
 * bounded, until an account can dial, so that the link does not fail with "no registered account".
 */
export function createDialableWaiter(options: DialableWaiterOptions): () => Promise<void> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  return () =>
    new Promise<void>((resolve) => {
      if (options.isDialable()) {
        resolve();
        return;
      }
      let unsubscribe = (): void => undefined;
      const done = (): void => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      unsubscribe = options.subscribe(() => {
        if (options.isDialable()) done();
      });
    });
}
