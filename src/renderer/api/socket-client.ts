import {
  ContractError,
  events,
  isEventName,
  isMediaName,
  isRequestName,
  mediaRequests,
  requests,
  serverMessageSchema,
} from '../../shared/contract';
import type {
  ClientMessage,
  ContractErrorData,
  EventName,
  EventPayload,
  MediaName,
  MediaParams,
  MediaResult,
  RequestName,
  RequestParams,
  RequestResult,
  ServerMessage,
  SoftphoneApi,
  Unsubscribe,
} from '../../shared/contract';
import type { ClientSocket, ClientSocketFactory } from './client-socket';
import type { ConnectionMonitor, ConnectionState } from './connection-state';
import { defaultBackoff, reconnectDelay } from './reconnect-backoff';
import type { BackoffOptions } from './reconnect-backoff';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SocketClientOptions {
  url: string;
  createSocket: ClientSocketFactory;
  timers?: Timers;
  random?: () => number;
  backoff?: BackoffOptions;
  /** Told about messages that were dropped because they broke the wire format. */
  onProtocolError?: (problem: string) => void;
}

interface PendingRequest {
  method: RequestName;
  text: string;
  sent: boolean;
  resolve(result: unknown): void;
  reject(error: ContractError): void;
}

type AnyListener = (payload: unknown) => void;
type AnyMediaHandler = (params: unknown) => Promise<unknown>;

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * The web shell's side of the contract: the same SoftphoneApi as Electron's preload, carried over one
 * WebSocket. Every incoming message is validated (wire format, then the contract's schema for its
 * method or event); requests are correlated by id; the socket is reopened with backoff when it drops.
 */
export class SocketClient implements SoftphoneApi, ConnectionMonitor {
  private readonly options: SocketClientOptions;
  private readonly timers: Timers;
  private socket: ClientSocket | undefined;
  private isOpen = false;
  private disposed = false;
  private attempt = 0;
  private retryTimer: unknown;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRequest>();
  private readonly eventListeners = new Map<string, Set<AnyListener>>();
  private readonly mediaHandlers = new Map<string, AnyMediaHandler>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private currentState: ConnectionState = 'connecting';

  constructor(options: SocketClientOptions) {
    this.options = options;
    this.timers = options.timers ?? globalTimers;
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  start(): void {
    if (this.socket === undefined && !this.disposed) this.connect();
  }

  dispose(): void {
    this.disposed = true;
    if (this.retryTimer !== undefined) this.timers.clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = undefined;
    this.isOpen = false;
    for (const [id, request] of this.pending) {
      this.pending.delete(id);
      request.reject(new ContractError('UNAVAILABLE', 'the client was closed'));
    }
  }

  onChange(listener: (state: ConnectionState) => void): Unsubscribe {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  request<M extends RequestName>(method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
    return new Promise<RequestResult<M>>((resolve, reject) => {
      if (this.disposed) {
        reject(new ContractError('UNAVAILABLE', 'the client was closed'));
        return;
      }
      const id = this.nextId++;
      const message: ClientMessage = { type: 'request', id, method, params };
      const request: PendingRequest = {
        method,
        text: JSON.stringify(message),
        sent: false,
        resolve,
        reject,
      };
      this.pending.set(id, request);
      // Until the socket is open the request waits; handleOpen sends it.
      if (this.isOpen) this.sendRequest(request);
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
    let listeners = this.eventListeners.get(event);
    if (listeners === undefined) {
      listeners = new Set();
      this.eventListeners.set(event, listeners);
    }
    const anyListener = listener as AnyListener;
    listeners.add(anyListener);
    return () => listeners.delete(anyListener);
  }

  handleMedia<M extends MediaName>(
    method: M,
    handler: (params: MediaParams<M>) => Promise<MediaResult<M>>,
  ): Unsubscribe {
    const anyHandler = handler as AnyMediaHandler;
    this.mediaHandlers.set(method, anyHandler);
    return () => {
      if (this.mediaHandlers.get(method) === anyHandler) this.mediaHandlers.delete(method);
    };
  }

  private connect(): void {
    this.retryTimer = undefined;
    let socket: ClientSocket | undefined;
    // A socket replaced after a drop may still report; only the current one counts.
    const isCurrent = (): boolean => socket !== undefined && socket === this.socket;
    try {
      socket = this.options.createSocket(this.options.url, {
        onOpen: () => {
          if (isCurrent()) this.handleOpen();
        },
        onMessage: (text) => {
          if (isCurrent()) this.handleMessage(text);
        },
        onClose: () => {
          if (isCurrent()) this.handleClose();
        },
      });
    } catch {
      this.handleClose();
      return;
    }
    this.socket = socket;
  }

  private handleOpen(): void {
    this.isOpen = true;
    this.attempt = 0;
    this.setState('connected');
    for (const request of this.pending.values()) {
      if (!request.sent) this.sendRequest(request);
    }
  }

  private handleClose(): void {
    const wasOpen = this.isOpen;
    this.isOpen = false;
    this.socket = undefined;
    if (this.disposed) return;
    if (wasOpen) this.failSentRequests();
    this.setState('reconnecting');
    const backoff = this.options.backoff ?? defaultBackoff;
    const delay = reconnectDelay(this.attempt, backoff, this.options.random ?? Math.random);
    this.attempt += 1;
    this.retryTimer = this.timers.setTimeout(() => this.connect(), delay);
  }

  /** Main may or may not have acted on a request whose answer was lost; the caller decides what to do. */
  private failSentRequests(): void {
    for (const [id, request] of this.pending) {
      if (!request.sent) continue;
      this.pending.delete(id);
      request.reject(new ContractError('UNAVAILABLE', `connection lost during ${request.method}`));
    }
  }

  private sendRequest(request: PendingRequest): void {
    request.sent = true;
    this.socket?.send(request.text);
  }

  private setState(state: ConnectionState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  private handleMessage(text: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.options.onProtocolError?.('a message was not JSON');
      return;
    }
    const parsed = serverMessageSchema.safeParse(data);
    if (!parsed.success) {
      this.options.onProtocolError?.('a message did not match the wire format');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'response':
        this.settle(message);
        return;
      case 'event':
        this.dispatch(message.event, message.payload);
        return;
      case 'mediaRequest':
        void this.answerMedia(this.socket, message.id, message.method, message.params);
        return;
    }
  }

  private settle(message: Extract<ServerMessage, { type: 'response' }>): void {
    const request = this.pending.get(message.id);
    if (request === undefined) {
      this.options.onProtocolError?.(`a response for unknown request ${message.id}`);
      return;
    }
    this.pending.delete(message.id);
    if (!message.ok) {
      request.reject(
        message.error === undefined
          ? new ContractError('INTERNAL', `${request.method} failed without an error`)
          : ContractError.fromData(message.error),
      );
      return;
    }
    const result = isRequestName(request.method)
      ? requests[request.method].result.safeParse(message.result)
      : undefined;
    if (result?.success) request.resolve(result.data);
    else request.reject(new ContractError('INTERNAL', `${request.method} returned an invalid result`));
  }

  private dispatch(event: string, payload: unknown): void {
    if (!isEventName(event)) {
      this.options.onProtocolError?.(`an unknown event ${event}`);
      return;
    }
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      this.options.onProtocolError?.(`an invalid payload for ${event}`);
      return;
    }
    for (const listener of [...(this.eventListeners.get(event) ?? [])]) listener(parsed.data);
  }

  private async answerMedia(
    socket: ClientSocket | undefined,
    id: number,
    method: string,
    params: unknown,
  ): Promise<void> {
    const handler = isMediaName(method) ? this.mediaHandlers.get(method) : undefined;
    if (!isMediaName(method) || handler === undefined) {
      this.respondMedia(socket, id, { code: 'UNKNOWN_METHOD', message: `no media handler for ${method}` });
      return;
    }
    const parsedParams = mediaRequests[method].params.safeParse(params);
    if (!parsedParams.success) {
      this.respondMedia(socket, id, { code: 'INVALID_PARAMS', message: `invalid params for ${method}` });
      return;
    }
    try {
      const result = await handler(parsedParams.data);
      this.respondMedia(socket, id, undefined, result);
    } catch (error) {
      this.respondMedia(
        socket,
        id,
        error instanceof ContractError
          ? error.toData()
          : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
      );
    }
  }

  /**
   * The answer goes back on the socket the request came in on. If that socket has dropped meanwhile the
   * answer is lost on purpose: main fails its media request when the connection goes, and ids are only
   * unique per connection.
   */
  private respondMedia(
    socket: ClientSocket | undefined,
    id: number,
    error: ContractErrorData | undefined,
    result?: unknown,
  ): void {
    if (socket === undefined || socket !== this.socket || !this.isOpen) return;
    const message: ClientMessage =
      error === undefined
        ? { type: 'mediaResponse', id, ok: true, result }
        : { type: 'mediaResponse', id, ok: false, error };
    socket.send(JSON.stringify(message));
  }
}
