/**
 * The browser pieces the media engine uses, behind one object so a test or another shell can hand
 * in its own (a page with two engines, a fake peer connection).
 */
export interface MediaEngineEnv {
  /** undefined on pages that are not a secure context. */
  readonly mediaDevices: MediaDevices | undefined;
  /** Where the engine puts its remote-audio elements (outside React's tree). */
  readonly document: Document;
  createPeerConnection(configuration: RTCConfiguration): RTCPeerConnection;
  createAudioContext(): AudioContext;
  /** The audio codecs this browser can receive, for setCodecPreferences. */
  codecCapabilities(): readonly RTCRtpCodec[];
  /** ms on the clock of RTCStats.timestamp. */
  now(): number;
}

/** Fills what `env` leaves out from the browser; globals are read only for the parts not given. */
export function withBrowserDefaults(env: Partial<MediaEngineEnv> = {}): MediaEngineEnv {
  return {
    mediaDevices:
      'mediaDevices' in env
        ? env.mediaDevices
        : 'mediaDevices' in navigator
          ? navigator.mediaDevices
          : undefined,
    document: env.document ?? document,
    createPeerConnection:
      env.createPeerConnection ?? ((configuration) => new RTCPeerConnection(configuration)),
    createAudioContext: env.createAudioContext ?? (() => new AudioContext({ latencyHint: 'interactive' })),
    codecCapabilities: env.codecCapabilities ?? (() => RTCRtpReceiver.getCapabilities('audio')?.codecs ?? []),
    now: env.now ?? (() => performance.timeOrigin + performance.now()),
  };
}
