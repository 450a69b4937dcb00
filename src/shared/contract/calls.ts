import { z } from 'zod';
import {
  maxDisplayNameLength,
  maxReasonTextLength,
  maxReceivedDtmfLength,
  maxRemoteNumberLength,
} from '../text/limits';
import { contactRefSchema } from './contacts';
import { accountIdText, callIdText, deviceIdText } from './text-bounds';

/**
 * A call as the UI sees it. States, as main's call manager drives them:
 *
 * ```txt
 *  outgoing: dialing ──► ringing ──► active ⇄ held ──► ended
 *               │  (180/183)  │                         ▲
 *               └─────────────┴─────── failed/cancelled ┘
 *  incoming: incoming ──► active ⇄ held ──► ended
 *               └──── rejected / missed / answered elsewhere ──► ended
 * ```
 * - dialing: INVITE being prepared or sent, no provisional response yet.
 * - ringing: the far end rings (180) or sends early media (183).
 * - incoming: an INVITE for us rings here.
 * - active: established and not held by us.
 * - held: established and put on hold by us (re-INVITE accepted). A failed
 *   re-INVITE leaves the call active.
 * - ended: terminated; `end` says how.
 */
/** A call's ICE connection as the media engine reports it to main. */
export const mediaConnectionStates = ['connected', 'disconnected', 'failed'] as const;
export type MediaConnectionState = (typeof mediaConnectionStates)[number];

export const callStates = ['dialing', 'ringing', 'incoming', 'active', 'held', 'ended'] as const;
export type CallState = (typeof callStates)[number];

export const callEndReasons = [
  'hangup',
  'remoteHangup',
  'rejected',
  'busy',
  'cancelled',
  'missed',
  'failed',
  'answeredElsewhere',
  /** Redirected (3xx) or sent to voicemail before it was answered. */
  'forwarded',
  /** Transferred (REFER) to another party after it was answered. */
  'transferred',
  /** No media and no ICE restart brought the connection back within the media timeout. */
  'mediaLost',
] as const;
export type CallEndReason = (typeof callEndReasons)[number];

/**
 * Why main ended a call in a way the SIP status alone does not tell (the renderer words it):
 * - doNotDisturb: an incoming call refused with 486 because do not disturb is on.
 * - callWaitingOff: an incoming call refused with 486 because a call is up and call waiting is off.
 * - redirectNotFollowed: a 3xx with no usable Contact, or one redirect too many.
 * - noAnswer: the far end rang and the call then timed out (408, 480 or a 487 we did not ask for).
 */
export const callEndCauses = ['doNotDisturb', 'callWaitingOff', 'redirectNotFollowed', 'noAnswer'] as const;
export type CallEndCause = (typeof callEndCauses)[number];

/**
 * Why the other side's SDP cannot be used by the media engine (WebRTC): only plain or SDES-encrypted
 * RTP instead of DTLS-SRTP, no ICE credentials, no audio stream, or no codec in common.
 */
export const mediaIncompatibilities = ['noEncryption', 'noIce', 'noAudio', 'noCommonCodec'] as const;
export type MediaIncompatibility = (typeof mediaIncompatibilities)[number];

export const callViewSchema = z.object({
  id: callIdText,
  accountId: accountIdText,
  direction: z.enum(['outgoing', 'incoming']),
  state: z.enum(callStates),
  remoteNumber: z.string().max(maxRemoteNumberLength),
  remoteName: z.string().max(maxDisplayNameLength),
  /** Caller ID: the contact any source knows for the number; arrives later for live directories. */
  contact: contactRefSchema.optional(),
  /** ms since epoch */
  startedAt: z.number(),
  answeredAt: z.number().optional(),
  endedAt: z.number().optional(),
  muted: z.boolean(),
  /** Ringing is silenced for this call (the call still rings at the caller). */
  silenced: z.boolean(),
  /** The far end sent 183 with SDP: its audio plays instead of our ringback. */
  earlyMedia: z.boolean(),
  /** The far end holds us: its last SDP was sendonly or inactive, or had c=0.0.0.0. */
  remoteHold: z.boolean(),
  end: z
    .object({
      reason: z.enum(callEndReasons),
      /** SIP status code when the end came from a response, e.g. 486. */
      code: z.number().int().optional(),
      /** The far end's SIP reason phrase, as it sent it (never our words: see `cause`). */
      text: z.string().max(maxReasonTextLength).optional(),
      /** Our own reason, when the status alone does not tell it. */
      cause: z.enum(callEndCauses).optional(),
      /** The other side's media cannot be used (we answered or hung up with 488). */
      incompatible: z.enum(mediaIncompatibilities).optional(),
    })
    .optional(),
  /** Key presses the far end sent by SIP INFO (application/dtmf-relay), newest last; for diagnostics. */
  receivedDtmf: z.string().max(maxReceivedDtmfLength).optional(),
  /** Set while a hold or resume re-INVITE is in flight. */
  pending: z.enum(['hold', 'resume']).optional(),
});
export type CallView = z.infer<typeof callViewSchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  callId: callIdText,
  accountId: accountIdText,
  direction: z.enum(['outgoing', 'incoming']),
  /**
   * answered | missed | rejected | busy | cancelled | failed | forwarded | incompatible, or ongoing
   * while the call lasts and interrupted when the app ended during it (a crash).
   */
  result: z.string().max(16),
  sipCode: z.number().int().optional(),
  /** For result incompatible: why the other side's media could not be used. */
  incompatible: z.enum(mediaIncompatibilities).optional(),
  remoteNumber: z.string().max(maxRemoteNumberLength),
  remoteName: z.string().max(maxDisplayNameLength),
  /** Caller ID now (local and cached sources) or as found during the call. */
  contact: contactRefSchema.optional(),
  startedAt: z.number(),
  answeredAt: z.number().optional(),
  endedAt: z.number(),
  /** How the call ended (CallView's end reason); absent on rows from before it was stored. */
  endReason: z.enum(callEndReasons).optional(),
  /** Our own reason (CallView's end cause); absent when the status says it all and on older rows. */
  endCause: z.enum(callEndCauses).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What the media engine needs to set up or renegotiate one call's RTCPeerConnection. */
export const mediaSessionOptionsSchema = z.object({
  iceServers: z.array(
    z.object({
      urls: z.string().max(2048),
      username: z.string().max(1024).optional(),
      credential: z.string().max(4096).optional(),
    }),
  ),
  /** Send the SDP once host candidates are in or this budget has passed, whichever first. */
  iceGatheringBudgetMs: z.number().int().min(0).max(10_000),
  /** Codec order by preference: opus, g722, pcmu, pcma. */
  codecs: z.array(z.string().max(32)).max(32),
  /** Put our side on hold (sendonly, or inactive if the far end holds too). */
  hold: z.boolean(),
  /** An offer with new ICE credentials (RFC 8445 §9): the connection failed and is tried again. */
  iceRestart: z.boolean().optional(),
  inputDeviceId: deviceIdText,
  outputDeviceId: deviceIdText,
  echoCancellation: z.boolean(),
  noiseSuppression: z.boolean(),
  autoGainControl: z.boolean(),
});
export type MediaSessionOptions = z.infer<typeof mediaSessionOptionsSchema>;

export const callStatsSchema = z.object({
  codec: z.string().max(128).optional(),
  bitrateKbps: z.number().optional(),
  packetsLost: z.number().optional(),
  packetLossPercent: z.number().optional(),
  jitterMs: z.number().optional(),
  roundTripMs: z.number().optional(),
});
export type CallStats = z.infer<typeof callStatsSchema>;

export const tones = ['ringback', 'ringtone', 'busy', 'callWaiting'] as const;
export type Tone = (typeof tones)[number];

/** The audio formats a custom ringtone may be (main checks the file's magic bytes). */
export const ringtoneMimes = ['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/flac', 'audio/mp4'] as const;
export type RingtoneMime = (typeof ringtoneMimes)[number];

/** 10 MB of file as base64 (4 characters per 3 bytes). */
const maxRingtoneBase64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;

/**
 * A custom ringtone as main read it from the file the user chose: the renderer plays it from a Blob
 * URL (never from file://). `id` names this version of the file (path, size and modification time);
 * the audio is sent only when the renderer does not have that version yet.
 */
export const ringtoneAudioSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/),
    mime: z.enum(ringtoneMimes),
    /** The file's bytes, base64; absent when main expects the renderer to hold `id` already. */
    base64: z
      .string()
      .max(maxRingtoneBase64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .optional(),
  })
  .strict();
export type RingtoneAudio = z.infer<typeof ringtoneAudioSchema>;

/**
 * How the renderer answered a ringtone request with a custom ringtone: 'played'; 'wanted' (it does
 * not hold `id`, and played nothing: main sends it again with the audio); 'unplayable' (it could not
 * play the audio and rang the built-in tone instead).
 */
export const ringtoneOutcomes = ['played', 'wanted', 'unplayable'] as const;
export type RingtoneOutcome = (typeof ringtoneOutcomes)[number];
