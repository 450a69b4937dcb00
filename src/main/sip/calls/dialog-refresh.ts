/**
 * What keeps a call's dialog reachable across a lost connection: noticing that an account registered
 * again after losing its registration (then each confirmed call refreshes the far end's target with a
 * re-INVITE carrying our Contact on the new connection), and telling a request that never reached the
 * server apart from a real answer (then a BYE is sent once more over the new connection, and any other
 * in-dialog request once more after the account registered again).
 */
import type { Core } from 'sip.js';
import type { RegistrationStatus } from '../registration/registration-failure';

type RegistrationState = RegistrationStatus['state'];

/**
 * sip.js answers a request itself with 503 when the transport could not send it and with 408 when no
 * answer came (RFC 3261 §8.1.3.1, Timer F/B). Those made-up responses carry no Via: a real answer does.
 */
export function isLocalFailure(response: Core.IncomingResponse): boolean {
  const { statusCode } = response.message;
  return (statusCode === 503 || statusCode === 408) && !response.message.hasHeader('Via');
}

/** Per account: whether its registration was lost, and who waits for it to come back. */
export class ReconnectWatch {
  private readonly lost = new Set<string>();
  /** How often each account lost its registration: a request's answer can outlive an outage. */
  private readonly losses = new Map<string, number>();
  private readonly waiting = new Map<string, Set<() => void>>();

  /** Every registration change of an account; true when it is registered again after losing it. */
  registrationChanged(accountId: string, state: RegistrationState): boolean {
    if (state !== 'registered') {
      if (!this.lost.has(accountId)) this.losses.set(accountId, this.lossesOf(accountId) + 1);
      this.lost.add(accountId);
      return false;
    }
    for (const wake of this.waiting.get(accountId) ?? []) wake();
    this.waiting.delete(accountId);
    return this.lost.delete(accountId);
  }

  /** A mark to take before sending a request, for transportFailed(). */
  mark(accountId: string): number {
    return this.lossesOf(accountId);
  }

  /**
   * Whether a request sent at `mark` failed because the connection was down: sip.js's own 503 (it
   * could not send), or its own 408 when the account lost its registration since (the request went
   * down with the connection). A 408 on a working connection is a far end that did not answer.
   */
  transportFailed(accountId: string, response: Core.IncomingResponse, mark: number): boolean {
    if (!isLocalFailure(response)) return false;
    return response.message.statusCode === 503 || this.lossesOf(accountId) !== mark;
  }

  /** Whether the account lost its registration and has not registered again yet. */
  isLost(accountId: string): boolean {
    return this.lost.has(accountId);
  }

  /**
   * Resolves true at the account's next registration (at once when `usableNow` and the account has
   * not lost its registration since), false after timeoutMs.
   */
  registeredAgain(accountId: string, usableNow: boolean, timeoutMs: number): Promise<boolean> {
    if (usableNow && !this.lost.has(accountId)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiters = this.waiting.get(accountId) ?? new Set<() => void>();
      this.waiting.set(accountId, waiters);
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        resolve(false);
      }, timeoutMs);
      timer.unref?.();
      waiters.add(wake);
    });
  }

  private lossesOf(accountId: string): number {
    return this.losses.get(accountId) ?? 0;
  }
}
