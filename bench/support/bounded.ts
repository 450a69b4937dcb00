// Every wait in a bench has a bound: a resilience bench that hangs reports nothing.

export class TimedOut extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: no result within ${ms} ms`);
    this.name = 'TimedOut';
  }
}

export function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `test` every `everyMs` until it is true; false when `ms` passed first. */
export async function until(
  test: () => Promise<boolean> | boolean,
  ms: number,
  everyMs = 25,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (await test()) return true;
    } catch {
      // a request that fails now may succeed on the next poll
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
