/**
 * Incoming SIP messages wait here and are handed on in order, a time budget's worth per turn of the
 * event loop. The network can deliver thousands of frames in one read (a flood of INVITEs arrives in
 * 64 KB chunks); handled all at once they stalled the phone for seconds, so timers, the UI's requests
 * and keep-alives wait at most one budget. Past `capacity` waiting messages, or `maxWaitingSize` in all
 * (a flood of 1 MB frames), new ones are dropped, as a loaded SIP element drops what it cannot take: a
 * peer's retransmission or next keep-alive gets through once the flood is over.
 */
export interface FrameInboxOptions<T> {
  /** How long one turn may hand on messages, in ms. */
  budgetMs?: number;
  /** How many messages may wait. */
  capacity?: number;
  /** How large the waiting messages may be in all (by `sizeOf`). */
  maxWaitingSize?: number;
  sizeOf?: (item: T) => number;
  /** Called for each message dropped because the inbox is full. */
  onOverflow?: () => void;
  now?: () => number;
  /** Schedules the next turn (setImmediate; tests may pass their own). */
  schedule?: (turn: () => void) => void;
}

export class FrameInbox<T> {
  private readonly waiting: T[] = [];
  private head = 0;
  private scheduled = false;
  private waitingSize = 0;
  private readonly budgetMs: number;
  private readonly maxWaitingSize: number;
  private readonly sizeOf: (item: T) => number;
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly schedule: (turn: () => void) => void;

  constructor(
    private readonly handle: (item: T) => void,
    private readonly options: FrameInboxOptions<T> = {},
  ) {
    this.budgetMs = options.budgetMs ?? 8;
    this.capacity = options.capacity ?? 5000;
    this.maxWaitingSize = options.maxWaitingSize ?? Number.POSITIVE_INFINITY;
    this.sizeOf = options.sizeOf ?? (() => 0);
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? ((turn) => setImmediate(turn));
  }

  get size(): number {
    return this.waiting.length - this.head;
  }

  push(item: T): void {
    const size = this.sizeOf(item);
    if (this.size >= this.capacity || this.waitingSize + size > this.maxWaitingSize) {
      this.options.onOverflow?.();
      return;
    }
    this.waitingSize += size;
    this.waiting.push(item);
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.turn());
    }
  }

  private turn(): void {
    const until = this.now() + this.budgetMs;
    // at least one message per turn, so a slow one can't starve the rest
    do {
      const item = this.waiting[this.head]!;
      this.waiting[this.head] = undefined as T;
      this.head++;
      this.waitingSize -= this.sizeOf(item);
      this.handle(item);
    } while (this.head < this.waiting.length && this.now() < until);
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
      this.scheduled = false;
    } else {
      this.schedule(() => this.turn());
    }
  }
}
