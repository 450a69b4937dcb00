import type { CallStats, MediaConnectionState, MediaSessionOptions } from '../../shared/contract';
import { ContractError } from '../../shared/contract';
import type { BitrateSample, StatsEntry } from './call-stats';
import { toCallStats } from './call-stats';
import {
  applyCodecPreferences,
  offeredAudioCodecs,
  offersChosenCodec,
  orderCodecs,
} from './codec-preferences';
import { withDtmfAtSendClock } from './dtmf-clock';
import { effectiveIceBudgetMs, watchIceGathering } from './ice-gathering';
import { answerDirection, offerDirection } from './media-direction';
import type { MediaEngineEnv } from './media-env';
import type { MicrophoneOptions } from './microphone';
import { openMicrophone } from './microphone';
import { RemoteAudio } from './remote-audio';

/** Gap between DTMF tones; RFC 4733 leaves it to the sender, 70 ms is the WebRTC default. */
const dtmfGapMs = 70;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One call's media: its RTCPeerConnection, microphone track and remote-audio element. The renderer
 * half of main's bridge SessionDescriptionHandler, shaped like sip.js's Web
 * SessionDescriptionHandler. Negotiation steps run one after another, never interleaved.
 */
export class CallMedia {
  private readonly pc: RTCPeerConnection;
  private localTrack: MediaStreamTrack | undefined;
  private microphone: MicrophoneOptions | undefined;
  /** An input chosen with setDevices before the microphone was opened. */
  private pendingInputDeviceId: string | undefined;
  private outputDeviceId = 'default';
  private readonly remoteAudio: RemoteAudio;
  private muted = false;
  private held = false;
  private closed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private statsSample: BitrateSample | undefined;
  private completedOfferAnswer = false;

  private reportedState: MediaConnectionState | undefined;

  constructor(
    readonly callId: string,
    options: MediaSessionOptions,
    private readonly env: MediaEngineEnv,
    /** Told when the ICE connection comes up, drops or fails (main watches the call's liveness). */
    private readonly onConnectionState: (state: MediaConnectionState) => void = () => undefined,
  ) {
    try {
      this.pc = env.createPeerConnection({ iceServers: options.iceServers });
    } catch (error) {
      throw new ContractError('VALIDATION', `the STUN/TURN server setting is not usable: ${message(error)}`);
    }
    this.remoteAudio = new RemoteAudio(env.document, callId);
    // Bitrate "since start" on the first getStats counts from when media could first flow.
    this.pc.addEventListener('connectionstatechange', () => {
      if (this.pc.connectionState === 'connected' && this.statsSample === undefined) {
        this.statsSample = { timestamp: env.now(), bytesReceived: 0, bytesSent: 0 };
      }
    });
    this.pc.addEventListener('iceconnectionstatechange', () => this.reportConnectionState());
  }

  private reportConnectionState(): void {
    const ice = this.pc.iceConnectionState;
    const state: MediaConnectionState | undefined =
      ice === 'connected' || ice === 'completed'
        ? 'connected'
        : ice === 'disconnected' || ice === 'failed'
          ? ice
          : undefined;
    if (state === undefined || state === this.reportedState || this.closed) return;
    this.reportedState = state;
    this.onConnectionState(state);
  }

  /**
   * An offer/answer exchange completed once. Until then a failure leaves nothing worth keeping, so
   * the engine drops the connection at once instead of waiting for main's close.
   */
  get negotiated(): boolean {
    return this.completedOfferAnswer;
  }

  /** sip.js getDescription: an answer to a pending remote offer, else an offer. Returns the SDP. */
  getDescription(options: MediaSessionOptions): Promise<string> {
    return this.run(async () => {
      // An offer of ours that never got an answer (a failed re-INVITE) is withdrawn first.
      if (this.pc.signalingState === 'have-local-offer') {
        await this.pc.setLocalDescription({ type: 'rollback' });
      }
      const answering = this.pc.signalingState === 'have-remote-offer';
      const transceiver = await this.ensureSending(options);
      transceiver.direction = answering
        ? answerDirection(options.hold)
        : offerDirection(options.hold, transceiver.currentDirection);
      applyCodecPreferences(transceiver, this.env.codecCapabilities(), options.codecs);
      const description = answering
        ? await this.pc.createAnswer()
        : await this.pc.createOffer({ iceRestart: options.iceRestart === true });
      this.assertOpen();
      const gathering = watchIceGathering(
        this.pc,
        effectiveIceBudgetMs(options.iceServers.length, options.iceGatheringBudgetMs),
      );
      try {
        await this.pc.setLocalDescription(description);
      } catch (error) {
        gathering.cancel();
        throw error;
      }
      await gathering.settled();
      this.assertOpen();
      if (answering) {
        this.completedOfferAnswer = true;
        this.setHeld(options.hold);
      }
      const sdp = this.pc.localDescription?.sdp;
      if (!sdp) throw new Error('the browser produced no local SDP');
      return sdp;
    });
  }

  /** sip.js setDescription: the answer to our offer, else a new remote offer. */
  setDescription(sdp: string, options: MediaSessionOptions): Promise<void> {
    return this.run(async () => {
      // A remote offer that was never answered is replaced by the new one.
      if (this.pc.signalingState === 'have-remote-offer') {
        await this.pc.setRemoteDescription({ type: 'rollback' });
      }
      const type = this.pc.signalingState === 'have-local-offer' ? 'answer' : 'offer';
      try {
        await this.pc.setRemoteDescription({ type, sdp: withDtmfAtSendClock(sdp, type, options.codecs) });
      } catch (error) {
        // Our offer stays unanswered; withdraw it so that the call's next offer/answer starts clean.
        if (type === 'answer' && this.negotiated) {
          await this.pc.setLocalDescription({ type: 'rollback' }).catch(() => undefined);
        }
        throw new ContractError(
          'VALIDATION',
          `the remote SDP ${type} was not accepted: ${message(error)}`,
          'sdp',
        );
      }
      if (type === 'offer') await this.refuseOfferWithoutChosenCodec(sdp, options.codecs);
      this.assertOpen();
      if (type === 'answer') this.completedOfferAnswer = true;
      this.outputDeviceId = options.outputDeviceId;
      const tracks = this.pc.getReceivers().map((receiver) => receiver.track);
      await this.remoteAudio.play(tracks, this.outputDeviceId);
      this.setHeld(options.hold);
    });
  }

  /**
   * sip.js's rollbackDescription after a refused or timed-out re-INVITE: our unanswered offer is
   * withdrawn and the transceiver's direction (which a rollback keeps) set back to the agreed hold
   * state, so the next offer or answer starts from what both sides have.
   */
  rollback(): Promise<void> {
    return this.run(async () => {
      if (this.pc.signalingState !== 'have-local-offer') return;
      await this.pc.setLocalDescription({ type: 'rollback' });
      const transceiver = this.audioTransceiver();
      if (transceiver) transceiver.direction = offerDirection(this.held, transceiver.currentDirection);
    });
  }

  /** An applied offer that has none of the chosen codecs is rolled back and refused. */
  private async refuseOfferWithoutChosenCodec(sdp: string, codecs: readonly string[]): Promise<void> {
    const chosen = orderCodecs(this.env.codecCapabilities(), codecs);
    const offered = offeredAudioCodecs(sdp);
    if (chosen.length === 0 || offersChosenCodec(offered, chosen)) return;
    await this.pc.setRemoteDescription({ type: 'rollback' });
    const offeredText = offered.length > 0 ? offered.join(', ') : 'no audio';
    throw new ContractError(
      'VALIDATION',
      `the remote SDP offer has none of the enabled codecs (offered: ${offeredText}; enabled: ${codecs.join(', ')})`,
      'sdp',
    );
  }

  /** DTMF as RTP events (RFC 4733). false when the negotiated media can't carry them. */
  sendDtmf(tones: string, durationMs: number): boolean {
    const dtmf = this.audioTransceiver()?.sender.dtmf;
    if (!dtmf?.canInsertDTMF) return false;
    try {
      // insertDTMF replaces tones still waiting in the buffer (W3C WebRTC §7.2): append, so that keys
      // pressed in quick succession all go out.
      dtmf.insertDTMF(dtmf.toneBuffer + tones, durationMs, dtmfGapMs);
      return true;
    } catch {
      return false;
    }
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.applyTrackState();
  }

  /**
   * A new input replaces the sending track (no renegotiation); the output moves the remote audio.
   * Before the microphone is open the choice is kept for when it opens.
   */
  setDevices(inputDeviceId: string, outputDeviceId: string): Promise<void> {
    return this.run(async () => {
      if (this.microphone === undefined) this.pendingInputDeviceId = inputDeviceId;
      else if (inputDeviceId !== this.microphone.inputDeviceId) await this.replaceMicrophone(inputDeviceId);
      this.outputDeviceId = outputDeviceId;
      await this.remoteAudio.setOutput(outputDeviceId);
    });
  }

  private async replaceMicrophone(inputDeviceId: string): Promise<void> {
    const sender = this.audioTransceiver()?.sender;
    if (this.microphone === undefined || sender === undefined) return;
    const microphone = { ...this.microphone, inputDeviceId };
    const track = await openMicrophone(this.env.mediaDevices, microphone);
    try {
      this.assertOpen();
      await sender.replaceTrack(track);
    } catch (error) {
      track.stop();
      throw error;
    }
    this.localTrack?.stop();
    this.localTrack = track;
    this.microphone = microphone;
    this.applyTrackState();
  }

  async getStats(): Promise<CallStats> {
    this.assertOpen();
    const report = await this.pc.getStats();
    const { stats, sample } = toCallStats(report.values() as Iterable<StatsEntry>, this.statsSample);
    this.statsSample = sample;
    return stats;
  }

  /** Stops the tracks, closes the connection, removes the audio element. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.localTrack?.stop();
    for (const receiver of this.pc.getReceivers()) receiver.track.stop();
    this.pc.close();
    this.remoteAudio.release();
  }

  /** Runs negotiation steps in order; a failed one does not block the next. */
  private run<T>(step: () => Promise<T>): Promise<T> {
    const result = this.queue.then(() => {
      this.assertOpen();
      return step();
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`the media of call ${this.callId} was closed`);
  }

  private audioTransceiver(): RTCRtpTransceiver | undefined {
    return this.pc
      .getTransceivers()
      .find(
        (transceiver) =>
          transceiver.receiver.track.kind === 'audio' && transceiver.currentDirection !== 'stopped',
      );
  }

  /** Opens the microphone once per call; renegotiations reuse the track. */
  private async ensureSending(options: MediaSessionOptions): Promise<RTCRtpTransceiver> {
    if (this.localTrack === undefined) {
      const microphone = { ...options, inputDeviceId: this.pendingInputDeviceId ?? options.inputDeviceId };
      const track = await openMicrophone(this.env.mediaDevices, microphone);
      if (this.closed) {
        track.stop();
        this.assertOpen();
      }
      this.localTrack = track;
      this.microphone = microphone;
      this.applyTrackState();
      // addTrack reuses the transceiver a remote offer created, so an answer sends on it.
      this.pc.addTrack(track, new MediaStream([track]));
    }
    const transceiver = this.audioTransceiver();
    if (transceiver === undefined) throw new Error('the call has no audio transceiver');
    return transceiver;
  }

  /** Hold silences both directions, like sip.js; mute only what we send. */
  private setHeld(held: boolean): void {
    this.held = held;
    this.applyTrackState();
  }

  private applyTrackState(): void {
    if (this.localTrack !== undefined) this.localTrack.enabled = !this.muted && !this.held;
    if (this.closed) return;
    for (const receiver of this.pc.getReceivers()) receiver.track.enabled = !this.held;
  }
}
