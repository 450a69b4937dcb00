import type {
  EventName,
  EventPayload,
  MediaName,
  MediaParams,
  MediaResult,
  RequestName,
  RequestParams,
  RequestResult,
} from './contract';
import type { ResponseEnvelope } from './errors';

export type Unsubscribe = () => void;

/**
 * What the renderer sees of main, whichever shell carries it: Electron's
 * preload (`window.softphone`) or the web shell's WebSocket client.
 * Failed requests reject with a ContractError.
 */
export interface SoftphoneApi {
  request<M extends RequestName>(method: M, params: RequestParams<M>): Promise<RequestResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
  handleMedia<M extends MediaName>(
    method: M,
    handler: (params: MediaParams<M>) => Promise<MediaResult<M>>,
  ): Unsubscribe;
}

/** Channel names shared by the Electron IPC adapter and the preload. */
export const ipcChannels = {
  request: 'softphone:request',
  event: 'softphone:event',
  mediaRequest: 'softphone:media-request',
  mediaResponse: 'softphone:media-response',
} as const;

/**
 * What Electron's preload exposes as `window.softphone`. Errors don't keep
 * their class across contextBridge, so requests resolve with the envelope and
 * the renderer's client turns a failure into a ContractError.
 */
export interface PreloadBridge {
  request(method: string, params: unknown): Promise<ResponseEnvelope>;
  on(event: string, listener: (payload: unknown) => void): Unsubscribe;
  /** The handler answers with an envelope too, so error codes survive the bridge. */
  handleMedia(method: string, handler: (params: unknown) => Promise<ResponseEnvelope>): Unsubscribe;
}
