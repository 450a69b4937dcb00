/**
 * Keep-alive timing for a connection-oriented SIP transport: every interval it asks the transport to
 * send a keep-alive (for WebSocket: a ping frame plus the RFC 5626 §4.4.1 CRLFCRLF "ping") and expects
 * some sign of life (a pong, the CRLF "pong", any message) within the timeout; otherwise the peer is
 * dead and onDead runs once. The transport decides what counts as a keep-alive and as life.
 */
export interface KeepAliveOptions {
  /** 0 turns periodic keep-alives off (probe() still works). */
  intervalMs: number;
  timeoutMs: number;
  send(): void;
  onDead(): void;
}

export class KeepAlive {
  private interval: NodeJS.Timeout | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private deadlineAt = 0;
  private readonly waiters = new Set<(alive: boolean) => void>();

  constructor(private readonly options: KeepAliveOptions) {}

  start(): void {
    this.stop();
    if (this.options.intervalMs <= 0) return;
    this.interval = setInterval(() => this.ping(this.options.timeoutMs), this.options.intervalMs);
  }

  /** The peer showed life: a pong, a CRLF answer or any message. */
  alive(): void {
    this.clearDeadline();
    this.settle(true);
  }

  /** Sends a keep-alive now and resolves whether the peer answered within timeoutMs. */
  probe(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      this.waiters.add(resolve);
      this.ping(timeoutMs);
    });
  }

  /** Stops all timers; a pending probe resolves false. */
  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
    this.clearDeadline();
    this.settle(false);
  }

  private ping(timeoutMs: number): void {
    const at = Date.now() + timeoutMs;
    // one keep-alive in flight at a time; the earlier deadline wins
    if (this.deadline === undefined) this.options.send();
    else if (at >= this.deadlineAt) return;
    else clearTimeout(this.deadline);
    this.deadlineAt = at;
    this.deadline = setTimeout(() => {
      this.deadline = undefined;
      this.stop();
      this.options.onDead();
    }, timeoutMs);
  }

  private clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = undefined;
  }

  private settle(alive: boolean): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const resolve of waiters) resolve(alive);
  }
}
