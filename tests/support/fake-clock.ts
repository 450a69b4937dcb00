import { vi } from 'vitest';

/**
 * Fakes the timers and Date but not setImmediate, performance or I/O: a test moves keep-alive, backoff
 * and timeout timers by hand (vi.advanceTimersByTimeAsync) while real sockets on loopback keep working
 * (waitFor in tests/unit/main/sip/transport/fake-sip-server.ts polls them on the real clock). Call it
 * before creating what sets the timers; vi.useRealTimers() undoes it.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}
