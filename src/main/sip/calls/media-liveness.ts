import type { MediaConnectionState } from '../../../shared/contract';

/**
 * How long a call may go without media before it is ended. The manual has no RTP or media timeout
 * setting, so this is fixed: 30 s, what PBXs commonly use as their RTP timeout, long enough for an
 * ICE restart (and the far end's own re-INVITE after a network change) to bring the media back.
 */
export const defaultMediaTimeoutMs = 30_000;

export interface MediaLivenessOptions {
  timeoutMs?: number;
  /** The ICE connection failed: offer new ICE credentials (a re-INVITE). */
  restartIce(callId: string): void;
  /** The media stayed down for the whole timeout. */
  lost(callId: string): void;
}

/**
 * Watches each established call's ICE connection as the media engine reports it: "failed" asks for
 * an ICE restart; a connection that is not back ("connected") within the timeout of first going
 * down ("disconnected" or "failed") loses the call.
 */
export class MediaLiveness {
  private readonly down = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: MediaLivenessOptions) {}

  report(callId: string, state: MediaConnectionState): void {
    if (state === 'connected') {
      this.forget(callId);
      return;
    }
    if (!this.down.has(callId)) {
      const timer = setTimeout(() => {
        this.down.delete(callId);
        this.options.lost(callId);
      }, this.options.timeoutMs ?? defaultMediaTimeoutMs);
      timer.unref?.();
      this.down.set(callId, timer);
    }
    if (state === 'failed') this.options.restartIce(callId);
  }

  /** The call ended or its media is back: no timeout runs for it. */
  forget(callId: string): void {
    clearTimeout(this.down.get(callId));
    this.down.delete(callId);
  }
}
