// A loopback HTTP server that answers every request with the canned answer set last and keeps the
// form body of the last request.
import type { Server } from 'node:http';
import { createServer } from 'node:http';

export interface Canned {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface CannedServer {
  url: string;
  answer(next: Canned): void;
  lastForm(): URLSearchParams;
  close(): void;
}

export async function startCannedServer(): Promise<CannedServer> {
  let next: Canned = { status: 500, body: '' };
  let lastForm = new URLSearchParams();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      lastForm = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      response.end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    answer: (canned) => {
      next = canned;
    },
    lastForm: () => lastForm,
    close: () => server.close(),
  };
}
