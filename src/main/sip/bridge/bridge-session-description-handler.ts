import type {
  BodyAndContentType,
  Session,
  SessionDescriptionHandler,
  SessionDescriptionHandlerFactory,
  SessionDescriptionHandlerOptions,
} from 'sip.js';
import type { MediaIncompatibility, MediaSessionOptions } from '../../../shared/contract';
import type { Logger } from '../../log/logger';
import type { MediaChannel } from '../../media/media-channel';
import { mediaIncompatibility } from '../calls/offer-compatibility';

/** sip.js passes these through Session.invite/accept as sessionDescriptionHandlerOptions. */
export interface BridgeDescriptionOptions extends SessionDescriptionHandlerOptions {
  hold?: boolean;
  /** Offer new ICE credentials (an ICE restart re-INVITE). */
  iceRestart?: boolean;
}

export interface BridgeContext {
  media: Pick<MediaChannel, 'request' | 'attached'>;
  logger: Logger;
  /** Our call id for a sip.js session (the call manager registers it before media is needed). */
  callIdOf(session: Session): string;
  /** Current media options of that call: ICE servers and budget, codecs, devices. */
  mediaOptionsOf(callId: string): Omit<MediaSessionOptions, 'hold'>;
  /** The far end's SDP cannot be used by the engine; it is refused before the engine sees it. */
  onIncompatibleDescription?(callId: string, problem: MediaIncompatibility): void;
  /** The far end's SDP (an offer or answer) the engine accepted, e.g. to see whether it holds us. */
  onRemoteDescription?(callId: string, sdp: string): void;
}

/** The far end's SDP is one the media engine cannot use (see offer-compatibility.ts). */
export class IncompatibleMediaError extends Error {
  constructor(readonly problem: MediaIncompatibility) {
    super(`Incompatible media: ${problem}`);
    this.name = 'IncompatibleMediaError';
  }
}

/**
 * The SessionDescriptionHandler that sip.js in main uses for every call. It
 * owns no media: each offer/answer/DTMF/close is forwarded to the renderer's
 * media engine as a media request keyed by call id, where the call's
 * RTCPeerConnection lives.
 */
export class BridgeSessionDescriptionHandler implements SessionDescriptionHandler {
  private closed = false;

  constructor(
    private readonly callId: string,
    private readonly context: BridgeContext,
  ) {}

  async getDescription(options?: BridgeDescriptionOptions): Promise<BodyAndContentType> {
    this.assertOpen();
    const { sdp } = await this.context.media.request('media.getDescription', {
      callId: this.callId,
      options: {
        ...this.context.mediaOptionsOf(this.callId),
        hold: options?.hold === true,
        ...(options?.iceRestart === true ? { iceRestart: true } : {}),
      },
    });
    this.assertOpen();
    return { body: sdp, contentType: 'application/sdp' };
  }

  async setDescription(sdp: string, options?: BridgeDescriptionOptions): Promise<void> {
    this.assertOpen();
    const problem = mediaIncompatibility(sdp);
    if (problem) {
      this.context.onIncompatibleDescription?.(this.callId, problem);
      throw new IncompatibleMediaError(problem);
    }
    await this.context.media.request('media.setDescription', {
      callId: this.callId,
      sdp,
      options: { ...this.context.mediaOptionsOf(this.callId), hold: options?.hold === true },
    });
    this.context.onRemoteDescription?.(this.callId, sdp);
  }

  /**
   * sip.js calls this when a re-INVITE carrying our offer is refused or times out: the engine
   * withdraws the offer, so the media (e.g. an unanswered hold's sendonly) is back at what both sides
   * agreed last. Never rejects while the media is open: sip.js would end the call with a BYE.
   */
  async rollbackDescription(): Promise<void> {
    if (this.closed || !this.context.media.attached) return;
    try {
      await this.context.media.request('media.rollback', { callId: this.callId });
    } catch (error) {
      this.context.logger.warn(`Rolling back the media of call ${this.callId} failed`, error);
    }
  }

  hasDescription(contentType: string): boolean {
    return contentType.split(';')[0]?.trim().toLowerCase() === 'application/sdp';
  }

  /** sip.js wants an answer at once; the tones go out asynchronously (RFC 4733 in the renderer). */
  sendDtmf(tones: string, options?: { duration?: number }): boolean {
    if (this.closed || !this.context.media.attached) return false;
    const durationMs = Math.min(6000, Math.max(40, options?.duration ?? 100));
    this.context.media.request('media.sendDtmf', { callId: this.callId, tones, durationMs }).then(
      ({ sent }) => {
        if (!sent) this.context.logger.warn(`DTMF ${tones} could not be sent on call ${this.callId}`);
      },
      (error: unknown) => this.context.logger.warn(`DTMF failed on call ${this.callId}`, error),
    );
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.context.media.attached) return;
    this.context.media.request('media.close', { callId: this.callId }).catch((error: unknown) => {
      this.context.logger.debug(`Closing media of call ${this.callId} failed`, error);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The media of call ${this.callId} is already closed.`);
  }
}

export function bridgeSessionDescriptionHandlerFactory(
  context: BridgeContext,
): SessionDescriptionHandlerFactory {
  return (session) => new BridgeSessionDescriptionHandler(context.callIdOf(session), context);
}
