import type { MediaName, MediaParams, MediaResult } from '../../shared/contract';
import { ContractError, mediaRequests } from '../../shared/contract';
import { worded } from '../i18n/translator';

/** How a shell delivers one media request to its renderer and returns the raw answer. */
export type MediaSender = (method: MediaName, params: unknown) => Promise<unknown>;

/**
 * Main's side of the media requests: the SIP layer asks the renderer's media
 * engine for work (offers, answers, devices) through whichever renderer is
 * attached. Answers are validated like any data crossing the boundary.
 */
export class MediaChannel {
  private sender: MediaSender | undefined;

  attach(sender: MediaSender): () => void {
    this.sender = sender;
    return () => {
      if (this.sender === sender) this.sender = undefined;
    };
  }

  get attached(): boolean {
    return this.sender !== undefined;
  }

  async request<M extends MediaName>(method: M, params: MediaParams<M>): Promise<MediaResult<M>> {
    const sender = this.sender;
    if (!sender) {
      const { text, english } = worded('media.noWindow');
      throw new ContractError('UNAVAILABLE', english, undefined, text);
    }
    const spec = mediaRequests[method];
    const raw = await sender(method, spec.params.parse(params));
    const parsed = spec.result.safeParse(raw);
    if (!parsed.success)
      throw new ContractError('INVALID_PARAMS', `The media engine sent a malformed ${method} answer.`);
    return parsed.data as MediaResult<M>;
  }
}
