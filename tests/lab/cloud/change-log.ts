/**
 * What both fake contact APIs keep: a numbered change log for sync tokens and delta links, and a
 * loopback HTTP listener that closes its keep-alive sockets on stop.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface LoggedEntry<T> {
  data: T;
  /** The change number of the entry's last change. */
  seq: number;
  deleted: boolean;
}

/** Entries with the number of their last change; deletions stay as tombstones for incremental syncs. */
export class ChangeLog<T> {
  private readonly entries = new Map<string, LoggedEntry<T>>();
  /** The latest change number. */
  seq = 0;
  /** Bumped to expire every sync state issued so far. */
  generation = 0;

  put(id: string, data: T): void {
    this.entries.set(id, { data, seq: ++this.seq, deleted: false });
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (entry) this.entries.set(id, { ...entry, seq: ++this.seq, deleted: true });
  }

  expire(): void {
    this.generation++;
  }

  /** Up to change `at`: every live entry (since null), or every entry changed after `since`. */
  changes(since: number | null, at: number): [string, LoggedEntry<T>][] {
    return [...this.entries.entries()].filter(
      ([, e]) => e.seq <= at && (since === null ? !e.deleted : e.seq > since),
    );
  }
}

/** Listens on 127.0.0.1 (a free port); `stop` also ends open keep-alive connections. */
export async function listenOnLoopback(server: Server): Promise<{ url: string; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
