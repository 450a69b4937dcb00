import type {
  EventName,
  EventPayload,
  MediaName,
  MediaParams,
  MediaResult,
  PreloadBridge,
  RequestName,
  RequestParams,
  RequestResult,
  ResponseEnvelope,
  SoftphoneApi,
  Unsubscribe,
} from '../../shared/contract';
import {
  ContractError,
  events,
  mediaRequests,
  requests,
  responseEnvelopeSchema,
} from '../../shared/contract';

/**
 * SoftphoneApi over Electron's preload bridge. Errors lose their class across
 * contextBridge, so everything crosses as response envelopes: this client
 * unwraps and validates them and throws ContractErrors like the web client.
 */
export class PreloadClient implements SoftphoneApi {
  constructor(
    private readonly bridge: PreloadBridge,
    private readonly onProtocolError: (what: string) => void = () => undefined,
  ) {}

  async request<M extends RequestName>(method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
    const envelope = responseEnvelopeSchema.safeParse(await this.bridge.request(method, params));
    if (!envelope.success) throw new ContractError('INTERNAL', `${method} returned an invalid response`);
    if (!envelope.data.ok) throw ContractError.fromData(envelope.data.error);
    const result = requests[method].result.safeParse(envelope.data.result);
    if (!result.success) throw new ContractError('INTERNAL', `${method} returned an invalid result`);
    return result.data as RequestResult<M>;
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
    return this.bridge.on(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<E>);
      else this.onProtocolError(`an invalid payload for ${event}`);
    });
  }

  handleMedia<M extends MediaName>(
    method: M,
    handler: (params: MediaParams<M>) => Promise<MediaResult<M>>,
  ): Unsubscribe {
    return this.bridge.handleMedia(method, async (params): Promise<ResponseEnvelope> => {
      const parsed = mediaRequests[method].params.safeParse(params);
      if (!parsed.success) {
        return { ok: false, error: { code: 'INVALID_PARAMS', message: `invalid params for ${method}` } };
      }
      try {
        return { ok: true, result: await handler(parsed.data as MediaParams<M>) };
      } catch (error) {
        const data =
          error instanceof ContractError
            ? error.toData()
            : { code: 'INTERNAL' as const, message: error instanceof Error ? error.message : String(error) };
        return { ok: false, error: data };
      }
    });
  }
}
