/**
 * Incoming SIP messages wait here and are handed on in order, a time budget's worth per turn of the
 * event loop. The network can deliver thousands of frames in one read (a flood of INVITEs arrives in
 * 64 KB chunks); handled all at once they stalled the phone for seconds, so timers, the UI's requests
 * and keep-alives wait at most one budget. Past `capacity` waiting messages new ones are dropped, as a
 * loaded SIP element drops what it cannot take (the sender's retransmission or the flood's end decide).
 */
export interface FrameInboxOptions {
  /** How long one turn may hand on messages, in ms. */
  budgetMs?: number;
  /** How many messages may wait. */
  capacity?: number;
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
  private readonly budgetMs: number;
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly schedule: (turn: () => void) => void;

  constructor(
    private readonly handle: (item: T) => void,
    private readonly options: FrameInboxOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? 8;
    this.capacity = options.capacity ?? 5000;
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? ((turn) => setImmediate(turn));
  }

  get size(): number {
    return this.waiting.length - this.head;
  }

  push(item: T): void {
    if (this.size >= this.capacity) {
      this.options.onOverflow?.();
      return;
    }
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
