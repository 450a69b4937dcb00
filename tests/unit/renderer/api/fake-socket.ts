import type {
  ClientSocket,
  ClientSocketDelegate,
  ClientSocketFactory,
} from '../../../../src/renderer/api/client-socket';
import type { Timers } from '../../../../src/renderer/api/socket-client';

/** A socket the test drives by hand: open it, feed it messages, drop it; what the client sent is kept. */
export class FakeSocket implements ClientSocket {
  readonly sent: unknown[] = [];
  closed = false;

  constructor(
    readonly url: string,
    private readonly delegate: ClientSocketDelegate,
  ) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.closed = true;
  }

  open(): void {
    this.delegate.onOpen();
  }

  receive(message: unknown): void {
    this.delegate.onMessage(typeof message === 'string' ? message : JSON.stringify(message));
  }

  drop(): void {
    this.delegate.onClose();
  }
}

export class FakeSocketFactory {
  readonly sockets: FakeSocket[] = [];
  readonly create: ClientSocketFactory = (url, delegate) => {
    const socket = new FakeSocket(url, delegate);
    this.sockets.push(socket);
    return socket;
  };

  get latest(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (socket === undefined) throw new Error('no socket was created');
    return socket;
  }
}

interface Scheduled {
  handle: number;
  callback: () => void;
  ms: number;
}

/** Timers that only fire when the test says so. */
export class FakeTimers implements Timers {
  private next = 1;
  readonly scheduled: Scheduled[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.next++;
    this.scheduled.push({ handle, callback, ms });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    const index = this.scheduled.findIndex((entry) => entry.handle === handle);
    if (index >= 0) this.scheduled.splice(index, 1);
  }

  /** Runs the earliest scheduled callback and returns its delay. */
  fireNext(): number {
    const entry = this.scheduled.shift();
    if (entry === undefined) throw new Error('nothing scheduled');
    entry.callback();
    return entry.ms;
  }
}

/** Lets pending promise callbacks (handlers, then-chains) run. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
