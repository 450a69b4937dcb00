import type { PreloadBridge, ResponseEnvelope } from '../shared/contract';
import { ContractError, ipcChannels, isEventName, isMediaName, isRequestName } from '../shared/contract';

/** The slice of ipcRenderer the bridge needs; injected so the allow-list logic is testable. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (...args: unknown[]) => void): () => void;
}

interface MediaRequestMessage {
  id: number;
  method: string;
  params: unknown;
}

/**
 * window.softphone: only the contract's keys pass; anything else is refused
 * here before it reaches IPC. Main validates everything again.
 */
export function createPreloadBridge(ipc: IpcRendererPort): PreloadBridge {
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const mediaHandlers = new Map<string, (params: unknown) => Promise<ResponseEnvelope>>();

  ipc.on(ipcChannels.event, (event, payload) => {
    if (typeof event !== 'string') return;
    for (const listener of eventListeners.get(event) ?? []) listener(payload);
  });

  ipc.on(ipcChannels.mediaRequest, (raw) => {
    const message = raw as MediaRequestMessage;
    const handler = mediaHandlers.get(message.method);
    const reply = (body: ResponseEnvelope | Record<string, unknown>) =>
      ipc.send(ipcChannels.mediaResponse, { id: message.id, ...body });
    if (!handler) {
      reply({
        ok: false,
        error: new ContractError('UNKNOWN_METHOD', `No media handler for ${message.method}.`).toData(),
      });
      return;
    }
    handler(message.params).then(
      (envelope) => reply(envelope),
      (error: unknown) =>
        reply({
          ok: false,
          error: new ContractError(
            'INTERNAL',
            error instanceof Error ? error.message : String(error),
          ).toData(),
        }),
    );
  });

  return {
    async request(method, params) {
      if (!isRequestName(method)) {
        return {
          ok: false,
          error: new ContractError('UNKNOWN_METHOD', `Unknown request ${method}.`).toData(),
        };
      }
      return (await ipc.invoke(ipcChannels.request, method, params)) as ResponseEnvelope;
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown event ${event}`);
      const set = eventListeners.get(event) ?? new Set();
      set.add(listener);
      eventListeners.set(event, set);
      return () => set.delete(listener);
    },
    handleMedia(method, handler) {
      if (!isMediaName(method)) throw new Error(`Unknown media request ${method}`);
      mediaHandlers.set(method, handler);
      return () => {
        if (mediaHandlers.get(method) === handler) mediaHandlers.delete(method);
      };
    },
  };
}
