import type { ContractErrorData, MediaName } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import { worded } from '../i18n/translator';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Media requests sent to a renderer and waiting for their answer, with a
 * deadline so a hung or closed window can never leave a call waiting forever.
 */
export class PendingMediaRequests {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly timeoutMs = 10_000) {}

  /** Registers a request, hands its id to `send`, and resolves with the renderer's answer. */
  start(method: MediaName, send: (id: number) => void): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const { text, english } = worded('media.noAnswer', { method });
        reject(new ContractError('UNAVAILABLE', english, undefined, text));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      send(id);
    });
  }

  /** Settles a request from the renderer's answer; unknown ids are ignored. */
  settle(id: unknown, ok: unknown, result: unknown, error: ContractErrorData | undefined): void {
    const entry = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (!entry) return;
    this.pending.delete(id as number);
    clearTimeout(entry.timer);
    if (ok === true) entry.resolve(result);
    else entry.reject(error ? ContractError.fromData(error) : mediaError('INTERNAL', 'media.failed'));
  }

  rejectAll(): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(mediaError('UNAVAILABLE', 'media.windowClosed'));
    }
    this.pending.clear();
  }
}

function mediaError(
  code: 'INTERNAL' | 'UNAVAILABLE',
  key: 'media.failed' | 'media.windowClosed',
): ContractError {
  const { text, english } = worded(key);
  return new ContractError(code, english, undefined, text);
}
