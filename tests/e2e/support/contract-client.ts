import WebSocket from 'ws';
import type {
  EventName,
  EventPayload,
  RequestName,
  RequestParams,
  RequestResult,
  ServerMessage,
} from '../../../src/shared/contract';

/**
 * Talks to a running web shell over its WebSocket like the page does (token and
 * Origin included), for test set-up such as creating an account.
 */
export class ContractClient {
  private nextId = 1;
  private readonly pending = new Map<number, (message: ServerMessage) => void>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      if (message.type === 'response') this.pending.get(message.id)?.(message);
      if (message.type === 'event')
        for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload);
    });
  }

  static async connect(pageUrl: string): Promise<ContractClient> {
    const url = new URL(pageUrl);
    const ws = new WebSocket(`ws://${url.host}/ws${url.search}`, { headers: { Origin: url.origin } });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new ContractClient(ws);
  }

  request<M extends RequestName>(method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => {
        this.pending.delete(id);
        if (message.type !== 'response') return;
        if (message.ok) resolve(message.result as RequestResult<M>);
        else reject(new Error(`${method}: ${message.error?.code} ${message.error?.message}`));
      });
      this.ws.send(JSON.stringify({ type: 'request', id, method, params }));
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    this.listeners.set(event, set);
    return () => set.delete(wrapped);
  }

  close(): void {
    this.ws.close();
  }
}
