import { createSocket } from 'node:dgram';
import { createServer, connect } from 'node:net';

const HOST = '127.0.0.1';

function tcpPort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: HOST, port, exclusive: true }, () => {
      const address = server.address();
      const chosen = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(chosen));
    });
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind({ address: HOST, port, exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

/** A loopback TCP port that is free right now (the usual bind-to-0 race applies). */
export async function freePort(): Promise<number> {
  return tcpPort(0);
}

/** A loopback port that is free for both TCP and UDP, as a SIP listener needs. */
export async function freeTcpUdpPort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await tcpPort(0);
    if (await udpFree(port)) return port;
  }
  throw new Error('no loopback port free for both TCP and UDP after 20 attempts');
}

/** Several distinct free ports; the SIP one (first) is free for TCP and UDP. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  ports.add(await freeTcpUdpPort());
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

export interface WaitOptions {
  timeoutMs: number;
  host?: string;
  /** Stops waiting early, e.g. when the server process has already exited. */
  signal?: AbortSignal;
}

/** Resolves once something accepts TCP connections on the port, rejects after the deadline. */
export async function waitForTcp(port: number, options: WaitOptions): Promise<void> {
  const host = options.host ?? HOST;
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.signal?.throwIfAborted();
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() >= deadline) {
      throw new Error(`nothing accepted connections on ${host}:${port} within ${options.timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
