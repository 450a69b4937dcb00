import { randomUUID } from 'node:crypto';
import type { Core, Info, Invitation, Referral, Session } from 'sip.js';
import { Core as SipCore, Inviter, SessionState, UserAgent } from 'sip.js';
import type {
  CallEndReason,
  CallStats,
  CallView,
  ContactRef,
  MediaIncompatibility,
  MediaConnectionState,
  MediaSessionOptions,
} from '../../../shared/contract';
import { ContractError } from '../../../shared/contract';
import type { DialRules } from '../../../shared/phone/dial-rules';
import { applyDialRules } from '../../../shared/phone/dial-rules';
import type { codesEn } from '../../../shared/i18n/en/codes';
import { worded } from '../../i18n/translator';
import type { Logger } from '../../log/logger';
import type { MediaChannel } from '../../media/media-channel';
import type { BridgeContext, BridgeDescriptionOptions } from '../bridge/bridge-session-description-handler';
import type { CallSession } from './call-record';
import { holdsUs } from './remote-hold';
import { CallRecord } from './call-record';
import { mediaOptionsFrom } from './media-options';
import type { RingtoneProblemListener } from './call-tones';
import { CallTones } from './call-tones';
import { RingtoneSource } from '../../media/ringtone-source';
import type { IncomingCallGuardOptions } from './incoming-call-guard';
import { IncomingCallGuard } from './incoming-call-guard';
import { LogThrottle } from '../../log/log-throttle';
import type { RegistrationStatus } from '../registration/registration-failure';
import { isLocalFailure, ReconnectWatch } from './dialog-refresh';
import {
  incompatibleEnd,
  incomingOfferIncompatibility,
  incompatibilityText,
  incompatibilityWarning,
} from './offer-compatibility';
import { MediaLiveness } from './media-liveness';

type SettingGetter = (key: string) => unknown;

export interface CallAgents {
  /** The sip.js UserAgent of a registered account, or undefined. */
  userAgentOf(accountId: string): UserAgent | undefined;
  /** Registered accounts in display order; the first one dials by default. */
  registeredAccountIds(): string[];
}

export interface CallManagerOptions {
  agents: CallAgents;
  globalSetting: SettingGetter;
  accountSetting(accountId: string): SettingGetter;
  media: Pick<MediaChannel, 'request' | 'attached'>;
  /** Called when a call rings or is dialled, when it is answered and when it ends. */
  history: { record(call: CallView): void };
  /** Do not disturb: incoming calls are refused with 486 Busy Here and never ring. */
  dnd?: () => boolean;
  callerId?: {
    now(number: string): ContactRef | undefined;
    later(number: string): Promise<ContactRef | undefined>;
  };
  logger: Logger;
  onChange(calls: CallView[]): void;
  now?: () => number;
  /** How long an ended call stays in the list so the UI can show how it ended. */
  endedCallLingerMs?: number;
  /** Bounds on ringing calls and new calls per caller (defaults in incoming-call-guard.ts). */
  incomingLimits?: IncomingCallGuardOptions;
  /**
   * Changes within this time go out as one onChange (one frame, ~16 ms): a burst of SIP messages
   * costs one call list, not one per message.
   */
  changeCoalesceMs?: number;
  /** How long an established call may be without media before it ends (media-liveness.ts). */
  mediaTimeoutMs?: number;
  /** Reads the accounts' own ringtone files (a RingtoneSource unless given). */
  ringtones?: Pick<RingtoneSource, 'load'>;
  /** An account's own ringtone cannot ring (or rings again): the account shows why. */
  onRingtoneProblem?: RingtoneProblemListener;
}

const dtmfDurationMs = 160;
const reInviteAttempts = 3;
/** How many 3xx redirects one dial follows before giving up (a loop guard). */
const maxRedirects = 3;
/** A BYE that never reached the server is sent again if the account registers again within this. */
const byeResendWithinMs = 60_000;
const byeResendAttempts = 5;
/** Another in-dialog request that never reached the server waits this long for a new registration. */
const inDialogResendWithinMs = 30_000;
/** How often a resent request is tried while the far end's proxy still answers 480 (2 s apart). */
const farEndBackAttempts = 4;

type ReInviteOutcome = 'accepted' | 'refused' | 'retry';
/** An in-dialog request's outcome; 'unsent' when it failed because the connection was down. */
type InDialogOutcome = ReInviteOutcome | 'unsent';
/** Sends one in-dialog request; `unsent(response)` tells a failed connection from an answer. */
type InDialogAttempt = (unsent: (response: IncomingResponse) => boolean) => Promise<InDialogOutcome>;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Main's single source of truth for calls: dials, answers and ends sip.js
 * sessions, keeps one call active and the others held, and reports every
 * change. See CallView's state diagram in src/shared/contract/calls.ts.
 */
export class CallManager {
  private readonly calls = new Map<string, CallRecord>();
  private readonly callIds = new WeakMap<Session, string>();
  private readonly tones: CallTones;
  private readonly now: () => number;
  private readonly guard: IncomingCallGuard;
  private readonly refusalLog: LogThrottle;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly reconnects = new ReconnectWatch();
  /** Calls whose target refresh waits for their hold/resume re-INVITE to finish. */
  private readonly refreshDue = new Set<string>();
  /** Calls whose target refresh is under way, by call id. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private readonly liveness: MediaLiveness;

  constructor(private readonly options: CallManagerOptions) {
    this.now = options.now ?? Date.now;
    this.liveness = new MediaLiveness({
      timeoutMs: options.mediaTimeoutMs,
      restartIce: (callId) => this.restartIce(callId),
      lost: (callId) => this.loseCall(callId),
    });
    this.tones = new CallTones({
      media: options.media,
      setting: options.globalSetting,
      logger: options.logger,
      ringtones: options.ringtones ?? new RingtoneSource(),
      ...(options.onRingtoneProblem ? { onRingtoneProblem: options.onRingtoneProblem } : {}),
    });
    this.guard = new IncomingCallGuard({ now: this.now, ...options.incomingLimits });
    this.refusalLog = new LogThrottle(5000, this.now);
  }

  /** What the bridge SessionDescriptionHandler needs to reach the media engine for a session. */
  bridgeContext(): BridgeContext {
    return {
      media: this.options.media,
      logger: this.options.logger,
      callIdOf: (session) => this.callIds.get(session) ?? session.id,
      mediaOptionsOf: (callId) => this.mediaOptions(callId),
      onIncompatibleDescription: (callId, problem) => this.onIncompatibleAnswer(callId, problem),
      onRemoteDescription: (callId, sdp) => this.onRemoteDescription(callId, sdp),
    };
  }

  /**
   * The far end's SDP says whether it holds us. While we hold (or are putting the call on hold), its
   * answer "inactive" or "recvonly" only mirrors our own hold and says nothing about its side.
   */
  private onRemoteDescription(callId: string, sdp: string): void {
    const call = this.calls.get(callId);
    if (!call || call.ended) return;
    const ourHold = call.state === 'held' || call.pending === 'hold';
    const remoteHold = holdsUs(sdp) && !(ourHold && /^a=inactive\s*$/m.test(sdp));
    if (remoteHold === call.remoteHold) return;
    call.remoteHold = remoteHold;
    this.changed();
  }

  /**
   * The far end answered our INVITE with media the engine cannot use (e.g. plain RTP): sip.js
   * acknowledges and hangs up with BYE (Reason 488); the call ends saying why.
   */
  private onIncompatibleAnswer(callId: string, problem: MediaIncompatibility): void {
    const call = this.calls.get(callId);
    if (!call || call.established || call.ended) return;
    this.options.logger.warn(
      `Call to ${call.remoteNumber.slice(0, 64)} ended: incompatible media, ${incompatibilityText(problem)}`,
    );
    call.end = incompatibleEnd(problem);
  }

  list(): CallView[] {
    return [...this.calls.values()].map((call) => call.view());
  }

  async dial(target: string, accountId?: string): Promise<CallView> {
    const account = accountId ?? this.options.agents.registeredAccountIds()[0];
    const ua = account ? this.options.agents.userAgentOf(account) : undefined;
    if (!account || !ua) {
      throw new ContractError(
        'UNAVAILABLE',
        'No registered account can place the call. Log in to an account first.',
        undefined,
        { key: 'dial.noAccount' },
      );
    }
    const setting = this.options.accountSetting(account);
    const dial = applyDialRules(target, dialRulesOf(setting));
    if (!dial.ok) throw new ContractError('VALIDATION', dial.message, 'target', dial.text);
    const user = dial.target.kind === 'number' ? dial.target.number : dial.target.user;
    const host = dial.target.kind === 'uri' ? dial.target.host : hostOf(ua);
    const scheme = dial.target.kind === 'uri' && dial.target.secure ? 'sips' : 'sip';
    const uri = UserAgent.makeURI(`${scheme}:${escapeUser(user)}@${host}`);
    if (!uri)
      throw new ContractError('VALIDATION', 'This number cannot be dialled as a SIP address.', 'target', {
        key: 'dial.notSipAddress',
      });

    await this.holdEstablishedCalls();
    const inviter = new Inviter(ua, uri, this.inviterOptions());
    return this.placeCall(account, inviter, user, 0);
  }

  /**
   * Sends the far end to the account's voicemail: a ringing call is redirected there (302), an
   * answered one is transferred there (REFER, RFC 3515) and our leg hung up once the far end agreed.
   */
  async toVoicemail(callId: string): Promise<CallView> {
    const call = this.get(callId);
    const number = this.options.accountSetting(call.accountId)('extensions.voicemailTransferNumber');
    const ua = this.options.agents.userAgentOf(call.accountId);
    if (typeof number !== 'string' || number === '') {
      throw new ContractError(
        'UNAVAILABLE',
        'No voicemail number for transfers is set for this account. Set it under Preconfigured extensions.',
        undefined,
        { key: 'call.noVoicemailNumber' },
      );
    }
    const target = ua ? UserAgent.makeURI(`sip:${escapeUser(number)}@${hostOf(ua)}`) : undefined;
    if (!target)
      throw new ContractError('UNAVAILABLE', 'The account is not registered.', undefined, {
        key: 'call.notRegistered',
      });
    if (call.state === 'incoming') {
      this.tones.stop(call.id);
      call.localEnd = 'forwarded';
      await (call.session as Invitation).reject({
        statusCode: 302,
        extraHeaders: [`Contact: <${target.toString()}>`],
      });
      return call.view();
    }
    if (!call.established) throw notPossible('transfer', call);
    // A REFER sent before the caller's ACK can reach the caller before our 200 does, and is lost.
    await Promise.race([call.confirmed, delay(2000)]);
    let outcome: ReInviteOutcome = 'retry';
    for (let attempt = 0; attempt < reInviteAttempts && outcome === 'retry' && !call.ended; attempt++) {
      if (attempt > 0) await delay(150 + Math.random() * 350);
      outcome = await this.resendAfterReconnect(call, 'REFER', (unsent) =>
        this.refer(call.session, target, unsent),
      );
    }
    const accepted = outcome === 'accepted';
    if (!accepted)
      throw new ContractError('UNAVAILABLE', 'The other side refused the transfer to voicemail.', undefined, {
        key: 'call.voicemailRefused',
      });
    call.localEnd = 'transferred';
    if (!call.ended) await call.session.bye();
    return call.view();
  }

  /**
   * One REFER. Sent right after answering it can overtake the far end's view of the dialog (481) or
   * cross another request (491, or 500 with Retry-After): those are retried shortly.
   */
  private refer(
    session: CallSession,
    target: Core.URI,
    unsent: (response: IncomingResponse) => boolean,
  ): Promise<InDialogOutcome> {
    return new Promise((resolve) => {
      session
        .refer(target, {
          requestDelegate: {
            onAccept: () => resolve('accepted'),
            onReject: (response) => {
              const { statusCode } = response.message;
              this.options.logger.warn(`REFER refused: ${describe(response)}`);
              if (unsent(response)) resolve('unsent');
              else
                resolve(statusCode === 481 || statusCode === 491 || statusCode === 500 ? 'retry' : 'refused');
            },
          },
        })
        .catch((error: unknown) => {
          this.options.logger.warn('REFER failed', error);
          resolve('refused');
        });
    });
  }

  private inviterOptions(): ConstructorParameters<typeof Inviter>[2] {
    return {
      earlyMedia: this.options.globalSetting('media.audio.muteEarlyMedia') !== true,
      sessionDescriptionHandlerOptions: { hold: false } as BridgeDescriptionOptions,
      sessionDescriptionHandlerOptionsReInvite: { hold: false } as BridgeDescriptionOptions,
    };
  }

  /** Tracks and sends an outgoing INVITE; a 3xx is followed (a bounded number of times) as a new call. */
  private placeCall(account: string, inviter: Inviter, remoteNumber: string, redirects: number): CallView {
    const call = this.track(
      new CallRecord(randomUUID(), account, 'outgoing', inviter, remoteNumber, '', this.now()),
    );
    inviter.delegate = this.sessionDelegate(call);
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response) => this.onProgress(call, response),
          onReject: (response) => {
            call.end = outgoingEnd(response, call.state === 'ringing' && call.localEnd === undefined);
          },
          onRedirect: (response) => this.followRedirect(call, response, redirects),
        },
      })
      .catch((error: unknown) => this.fail(call, error));
    this.options.history.record(call.view());
    this.changed();
    return call.view();
  }

  private followRedirect(call: CallRecord, response: IncomingResponse, redirects: number): void {
    const { statusCode, reasonPhrase } = response.message;
    call.end = { reason: 'forwarded', code: statusCode, text: reasonPhrase };
    const contact = response.message.parseHeader('contact') as { uri?: Core.URI } | undefined;
    const ua = this.options.agents.userAgentOf(call.accountId);
    if (!contact?.uri || !ua || redirects >= maxRedirects) {
      call.end = { reason: 'failed', code: statusCode, text: reasonPhrase, cause: 'redirectNotFollowed' };
      return;
    }
    const target = contact.uri.clone();
    target.clearParams();
    target.clearHeaders();
    this.placeCall(
      call.accountId,
      new Inviter(ua, target, this.inviterOptions()),
      target.user ?? '',
      redirects + 1,
    );
  }

  /** Requests the far end may send inside any of our calls. */
  private sessionDelegate(call: CallRecord): Invitation['delegate'] {
    return {
      onAck: () => call.confirm(),
      onInfo: (info) => this.onInfo(call, info),
      onRefer: (referral) => this.onRefer(call, referral),
    };
  }

  /**
   * We are being transferred (the far end sent REFER, RFC 3515): accept and call the target; the
   * transferor ends the old call.
   */
  private onRefer(call: CallRecord, referral: Referral): void {
    const ua = this.options.agents.userAgentOf(call.accountId);
    if (!ua) {
      referral.reject().catch(() => undefined);
      return;
    }
    referral
      .accept()
      .then(() => {
        const target = referral.referTo.uri;
        this.placeCall(call.accountId, referral.makeInviter(this.inviterOptions()), target.user ?? '', 0);
      })
      .catch((error: unknown) => this.options.logger.warn('Could not follow a transfer', error));
  }

  /** An INVITE for one of our accounts (from the SIP layer's UserAgent delegate). */
  handleInvite(accountId: string, invitation: Invitation): void {
    const identity = invitation.remoteIdentity;
    const refusal = this.guard.admit(
      `${identity.uri.user ?? ''}@${identity.uri.host}`,
      this.ringingIncomingCalls(),
    );
    if (refusal) {
      // not a call the user could have taken: no record, no event, no history row
      this.refusalLog.log(
        (line) => this.options.logger.warn(line),
        `Refused an incoming call from ${identity.uri.toString().slice(0, 200)}: ${refusal.reason}`,
      );
      invitation
        .reject({ statusCode: refusal.statusCode, reasonPhrase: refusal.reason })
        .catch(() => undefined);
      return;
    }
    const incompatible = incomingOfferIncompatibility(invitation.request);
    const call = new CallRecord(
      randomUUID(),
      accountId,
      'incoming',
      invitation,
      identity.uri.user ?? identity.uri.toString(),
      identity.displayName ?? '',
      this.now(),
    );
    invitation.delegate = {
      ...this.sessionDelegate(call),
      onCancel: (cancel) => {
        const reason = cancel.request.getHeader('Reason') ?? '';
        call.end = /cause=200\b/.test(reason) ? { reason: 'answeredElsewhere' } : { reason: 'missed' };
      },
    };
    if (incompatible) {
      this.refuseIncompatible(call, invitation, incompatible);
      return;
    }
    if (this.options.dnd?.() === true) {
      this.track(call);
      call.end = { reason: 'busy', code: 486, cause: 'doNotDisturb' };
      invitation.reject({ statusCode: 486 }).catch((error: unknown) => this.fail(call, error));
      return;
    }
    const busy = [...this.calls.values()].some((c) => !c.ended);
    if (busy && this.options.globalSetting('functions.calls.callWaiting') === false) {
      this.track(call);
      call.end = { reason: 'busy', code: 486, cause: 'callWaitingOff' };
      invitation.reject({ statusCode: 486 }).catch((error: unknown) => this.fail(call, error));
      return;
    }
    this.track(call);
    invitation
      .progress()
      .catch((error: unknown) => this.options.logger.warn('Could not send 180 Ringing', error));
    this.tones.ring(call, this.hasEstablishedCall(call.id), this.customRingtonePath(accountId));
    this.options.history.record(call.view());
    this.changed();
  }

  /**
   * An offer the media engine cannot answer (no DTLS-SRTP, no ICE, no audio, no common codec) is
   * refused before anything rings: 488 with a Warning naming the reason (RFC 3261 §21.4.26, §20.43),
   * instead of ringing and failing only when the user answers.
   */
  private refuseIncompatible(call: CallRecord, invitation: Invitation, problem: MediaIncompatibility): void {
    this.track(call);
    call.end = incompatibleEnd(problem);
    this.options.logger.warn(
      `Refused the call from ${call.remoteNumber.slice(0, 64)}: incompatible media, ${incompatibilityText(problem)}`,
    );
    invitation
      .reject({
        statusCode: 488,
        extraHeaders: [incompatibilityWarning(problem, hostOf(invitation.userAgent))],
      })
      .catch((error: unknown) => this.fail(call, error));
  }

  async answer(callId: string): Promise<CallView> {
    const call = this.get(callId);
    if (call.state !== 'incoming') throw notPossible('answer', call);
    this.tones.stop(call.id);
    await this.holdEstablishedCalls();
    await (call.session as Invitation).accept({
      sessionDescriptionHandlerOptions: { hold: false } as BridgeDescriptionOptions,
    });
    return call.view();
  }

  async reject(callId: string): Promise<CallView> {
    const call = this.get(callId);
    if (call.state !== 'incoming') throw notPossible('reject', call);
    this.tones.stop(call.id);
    call.localEnd = 'rejected';
    // 603 Decline: the user turned the call down (RFC 3261 §21.6.2); 486 is kept for "busy".
    await (call.session as Invitation).reject({ statusCode: 603 });
    return call.view();
  }

  async hangup(callId: string): Promise<CallView> {
    const call = this.get(callId);
    if (call.ended) return call.view();
    this.tones.stop(call.id);
    call.localEnd = call.state === 'incoming' ? 'rejected' : call.established ? 'hangup' : 'cancelled';
    if (call.state === 'incoming') await (call.session as Invitation).reject({ statusCode: 603 });
    else if (call.established) await this.bye(call);
    else await (call.session as Inviter).cancel();
    return call.view();
  }

  silence(callId: string): CallView {
    const call = this.get(callId);
    call.silenced = true;
    this.tones.stop(call.id);
    this.changed();
    return call.view();
  }

  /**
   * Hold or resume with a re-INVITE. The call only shows as held once the far
   * end accepted it; a refused re-INVITE leaves it as it was.
   */
  async hold(callId: string, hold: boolean): Promise<CallView> {
    const call = this.get(callId);
    if (!call.established || call.pending) throw notPossible(hold ? 'hold' : 'resume', call);
    if ((call.state === 'held') === hold) return call.view();
    if (!hold) await this.holdEstablishedCalls(call.id);
    const refreshing = this.refreshing.get(call.id);
    if (refreshing) await refreshing;
    call.pending = hold ? 'hold' : 'resume';
    this.changed();
    const session = call.session;
    let outcome: ReInviteOutcome = 'retry';
    for (let attempt = 0; attempt < reInviteAttempts && outcome === 'retry' && !call.ended; attempt++) {
      if (attempt > 0) await delay(150 + Math.random() * 350);
      outcome = await this.resendAfterReconnect(call, `The ${hold ? 'hold' : 'resume'} re-INVITE`, (unsent) =>
        this.reInvite(session, hold, unsent),
      );
    }
    const accepted = outcome === 'accepted';
    call.pending = undefined;
    if (this.refreshDue.delete(call.id)) this.refreshTarget(call);
    if (accepted && !call.ended) call.state = hold ? 'held' : 'active';
    // sip.js kept this re-INVITE's options for the next offer or answer; after a refusal (the engine
    // rolled its offer back) they must say the hold state both sides still have.
    session.sessionDescriptionHandlerOptionsReInvite = {
      hold: call.state === 'held',
    } as BridgeDescriptionOptions;
    this.changed();
    if (!accepted && !call.ended) {
      throw new ContractError(
        'UNAVAILABLE',
        `The other side did not accept the ${hold ? 'hold' : 'resume'}. Try again.`,
        undefined,
        { key: hold ? 'call.holdRefused' : 'call.resumeRefused' },
      );
    }
    return call.view();
  }

  /**
   * One re-INVITE. A 491 (glare, RFC 3261 §14.1) or a 500 with Retry-After (the
   * far end still waits for an earlier ACK, RFC 6337 §4.3) is transient: the
   * caller retries after a short pause rather than the seconds the RFCs allow,
   * because a user pressed Hold and is waiting.
   */
  private reInvite(
    session: CallSession,
    hold: boolean,
    unsent: (response: IncomingResponse) => boolean,
  ): Promise<InDialogOutcome> {
    const action = hold ? 'hold' : 'resume';
    return new Promise((resolve) => {
      session
        .invite({
          sessionDescriptionHandlerOptions: { hold } as BridgeDescriptionOptions,
          requestDelegate: {
            onAccept: () => resolve('accepted'),
            onReject: (response) => {
              const { statusCode } = response.message;
              const transient =
                statusCode === 491 || (statusCode === 500 && response.message.hasHeader('Retry-After'));
              this.options.logger.warn(`Re-INVITE for ${action} refused: ${describe(response)}`);
              resolve(unsent(response) ? 'unsent' : transient ? 'retry' : 'refused');
            },
          },
        })
        .catch((error: unknown) => {
          this.options.logger.warn(`Re-INVITE for ${action} failed`, error);
          resolve('refused');
        });
    });
  }

  /**
   * Every registration change of an account (from the SIP layer). Registered again after losing it,
   * the account is on a new connection, which the far end of each call does not know (over WebSocket
   * our Contact names the old one, unless the registrar gave us a GRUU): each confirmed call sends a
   * re-INVITE, whose Contact and Record-Route refresh the far end's target (RFC 3261 §12.2).
   */
  registrationChanged(accountId: string, state: RegistrationStatus['state']): void {
    if (!this.reconnects.registrationChanged(accountId, state)) return;
    for (const call of this.calls.values()) {
      if (call.accountId === accountId && call.established && !call.ended) this.refreshTarget(call);
    }
  }

  /**
   * A re-INVITE with the call's current direction, after a pending hold/resume if there is one; a
   * hold or resume pressed meanwhile waits for it. Glare (491) with the far end's own refresh is
   * retried as for hold.
   */
  private refreshTarget(call: CallRecord): void {
    if (call.ended || this.refreshing.has(call.id)) return;
    // Our Contact is a GRUU: the registrar routes it to whichever connection we registered last, so
    // the far end's target is still right, and a refresh would only race the far end's own (491).
    if (call.session.userAgent.contact.pubGruu !== undefined) return;
    if (call.pending) {
      this.refreshDue.add(call.id);
      return;
    }
    const refresh = (async () => {
      let outcome: ReInviteOutcome = 'retry';
      for (let attempt = 0; attempt < reInviteAttempts && outcome === 'retry' && !call.ended; attempt++) {
        if (attempt > 0) await delay(150 + Math.random() * 350);
        outcome = await this.resendAfterReconnect(call, 'The refresh re-INVITE', (unsent) =>
          this.refreshOnce(call, unsent),
        );
      }
    })().finally(() => this.refreshing.delete(call.id));
    this.refreshing.set(call.id, refresh);
  }

  private refreshOnce(
    call: CallRecord,
    unsent: (response: IncomingResponse) => boolean,
  ): Promise<InDialogOutcome> {
    const failed = (why: string): void =>
      this.options.logger.warn(`Re-INVITE refreshing call ${call.id} after reconnecting: ${why}`);
    return new Promise((resolve) => {
      call.session
        .invite({
          sessionDescriptionHandlerOptions: { hold: call.state === 'held' } as BridgeDescriptionOptions,
          requestDelegate: {
            onAccept: () => resolve('accepted'),
            onReject: (response) => {
              failed(describe(response));
              resolve(
                unsent(response) ? 'unsent' : response.message.statusCode === 491 ? 'retry' : 'refused',
              );
            },
          },
        })
        .catch((error: unknown) => {
          failed(error instanceof Error ? error.message : String(error));
          resolve('refused');
        });
    });
  }

  /**
   * An in-dialog request (not BYE, see bye()) that failed because the connection was down is sent
   * once more, as a new transaction on the new connection, when the account registered again within
   * inDialogResendWithinMs; without that registration, or failing so again, it counts as refused and
   * the caller's own failure path applies (issue #12). The far end may register again later than we
   * did: a 480 from its proxy to the resent request is tried again a few times, 2 s apart, as for BYE.
   */
  private async resendAfterReconnect(
    call: CallRecord,
    what: string,
    attempt: InDialogAttempt,
  ): Promise<ReInviteOutcome> {
    for (let resends = 0; ; resends++) {
      const mark = this.reconnects.mark(call.accountId);
      let failure: IncomingResponse | undefined;
      const outcome = await attempt((response) => {
        const farEndAway = resends > 0 && response.message.statusCode === 480;
        if (!farEndAway && !this.reconnects.transportFailed(call.accountId, response, mark)) return false;
        failure = response;
        return true;
      });
      if (outcome !== 'unsent') return outcome;
      if (call.ended || !failure || !(await this.mayResend(call, what, failure, resends))) return 'refused';
      if (call.ended) return 'refused';
    }
  }

  /** Waits until a request that failed so may be sent again; false when it may not. */
  private async mayResend(
    call: CallRecord,
    what: string,
    failure: IncomingResponse,
    resends: number,
  ): Promise<boolean> {
    const { logger } = this.options;
    if (failure.message.statusCode === 480 && !isLocalFailure(failure)) {
      if (resends > farEndBackAttempts) return false;
      logger.warn(`${what} of call ${call.id}: the other side is not back yet (480); trying again`);
      await delay(2000);
      return true;
    }
    if (resends > 0) return false;
    logger.warn(
      `${what} of call ${call.id} did not reach the server (${describe(failure)}); sending it again after reconnecting`,
    );
    // 503: nothing was sent and a new registration will follow; 408 after a lost registration: the
    // account may have registered again already
    const registered = this.options.agents.userAgentOf(call.accountId) !== undefined;
    const usable = registered && failure.message.statusCode === 408;
    if (await this.reconnects.registeredAgain(call.accountId, usable, inDialogResendWithinMs)) return true;
    logger.warn(`${what} of call ${call.id} was not sent again: no new registration`);
    return false;
  }

  /**
   * BYE; if it never reached the server (sent while the connection was down, or lost with it), sent
   * once more when the account is registered again: the far end must hear the hang-up, or it stays in
   * a silent call.
   */
  private async bye(call: CallRecord): Promise<void> {
    const dialog = call.session.dialog;
    await call.session.bye({
      requestDelegate: {
        onReject: (response) => {
          if (dialog && isLocalFailure(response)) void this.resendBye(call, dialog, response);
        },
      },
    });
  }

  private async resendBye(
    call: CallRecord,
    dialog: NonNullable<CallSession['dialog']>,
    failure: IncomingResponse,
  ): Promise<void> {
    const { logger } = this.options;
    logger.warn(
      `The BYE of call ${call.id} did not reach the server (${describe(failure)}); sending it again`,
    );
    // 503: nothing was sent, the connection is down and a new registration will follow; 408: the
    // request was lost, on a connection that may be fine now
    const registered = this.options.agents.userAgentOf(call.accountId) !== undefined;
    const usable = registered && failure.message.statusCode === 408;
    if (!(await this.reconnects.registeredAgain(call.accountId, usable, byeResendWithinMs))) {
      logger.warn(`The BYE of call ${call.id} was not sent again: the account did not register again`);
      return;
    }
    this.sendByeAgain(call, dialog as SipCore.SessionDialog, byeResendAttempts);
  }

  /**
   * A new transaction on the old dialog (next CSeq), on the UserAgent's transport, connected again
   * (sip.js types a session's dialog by its interface; the object is a SessionDialog). The far end may
   * register again later than we did (480 from its proxy meanwhile): retried a few times, 2 s apart.
   */
  private sendByeAgain(call: CallRecord, dialog: SipCore.SessionDialog, attempts: number): void {
    new SipCore.ByeUserAgentClient(dialog, {
      onReject: (response) => {
        const again = attempts > 1 && (response.message.statusCode === 480 || isLocalFailure(response));
        this.options.logger.warn(
          `The resent BYE of call ${call.id} failed: ${describe(response)}${again ? '; trying again' : ''}`,
        );
        if (again) setTimeout(() => this.sendByeAgain(call, dialog, attempts - 1), 2000).unref?.();
      },
    });
  }

  /** The media engine's report on a call's ICE connection (contract request calls.mediaState). */
  mediaState(callId: string, state: MediaConnectionState): Record<string, never> {
    const call = this.calls.get(callId);
    // reports can trail the call's end, and setup has its own timeouts: only established calls count
    if (call?.established) this.liveness.report(callId, state);
    return {};
  }

  /**
   * The ICE connection failed: a re-INVITE with new ICE credentials in the current hold state. If it
   * is refused, sip.js rolls the offer back and the media timeout still runs.
   */
  private restartIce(callId: string): void {
    const call = this.calls.get(callId);
    // a hold or resume in flight is a re-INVITE already; its answer may bring the media back
    if (!call?.established || call.pending) return;
    const hold = call.state === 'held';
    void this.resendAfterReconnect(call, 'The ICE restart re-INVITE', (unsent) =>
      this.iceRestartOnce(call.session, hold, unsent),
    );
    // sip.js read the options for this offer already; later offers and answers need no restart
    call.session.sessionDescriptionHandlerOptionsReInvite = { hold } as BridgeDescriptionOptions;
  }

  private iceRestartOnce(
    session: CallSession,
    hold: boolean,
    unsent: (response: IncomingResponse) => boolean,
  ): Promise<InDialogOutcome> {
    return new Promise((resolve) => {
      session
        .invite({
          sessionDescriptionHandlerOptions: { hold, iceRestart: true } as BridgeDescriptionOptions,
          requestDelegate: {
            onAccept: () => resolve('accepted'),
            onReject: (response) => {
              this.options.logger.warn(`Re-INVITE for an ICE restart refused: ${describe(response)}`);
              resolve(unsent(response) ? 'unsent' : 'refused');
            },
          },
        })
        .catch((error: unknown) => {
          this.options.logger.warn('Re-INVITE for an ICE restart failed', error);
          resolve('refused');
        });
    });
  }

  /**
   * No media for the whole media timeout: the call ends at once with "mediaLost" (the BYE may never
   * arrive; the call is not left on screen waiting for it).
   */
  private loseCall(callId: string): void {
    const call = this.calls.get(callId);
    if (!call?.established) return;
    this.options.logger.warn(`Call ${call.id}: no media within the media timeout, ending it`);
    call.localEnd = 'mediaLost';
    call.session
      .bye()
      .catch((error: unknown) => this.options.logger.debug('BYE after lost media failed', error));
    call.session.sessionDescriptionHandler?.close();
    this.finish(call);
  }

  async mute(callId: string, muted: boolean): Promise<CallView> {
    const call = this.get(callId);
    if (call.ended) throw notPossible('mute', call);
    await this.options.media.request('media.setMuted', { callId, muted });
    call.muted = muted;
    this.changed();
    return call.view();
  }

  async speaker(callId: string, on: boolean): Promise<CallView> {
    const call = this.get(callId);
    if (call.ended) throw notPossible('switchSpeaker', call);
    call.speaker = on;
    const options = this.mediaOptions(callId);
    await this.options.media.request('media.setDevices', {
      callId,
      inputDeviceId: options.inputDeviceId,
      outputDeviceId: options.outputDeviceId,
    });
    this.changed();
    return call.view();
  }

  async dtmf(callId: string, tones: string): Promise<CallView> {
    const call = this.get(callId);
    if (!call.established) throw notPossible('sendKeys', call);
    if (this.options.globalSetting('media.audio.disableDtmfSounds') !== true) {
      for (const tone of tones) {
        this.options.media.request('media.playDtmfSound', { tone }).catch(() => undefined);
      }
    }
    if (this.options.accountSetting(call.accountId)('compatibility.dtmfMode') === 'sipInfo') {
      for (const tone of tones) {
        await this.resendAfterReconnect(call, 'A DTMF INFO', (unsent) =>
          this.dtmfInfo(call.session, tone, unsent),
        );
      }
    } else if (!call.session.sessionDescriptionHandler?.sendDtmf(tones, { duration: dtmfDurationMs })) {
      throw new ContractError('UNAVAILABLE', 'The key presses could not be sent on this call.', undefined, {
        key: 'call.keyPressesFailed',
      });
    }
    return call.view();
  }

  /** One key press as SIP INFO (application/dtmf-relay); resolves with its answer. */
  private dtmfInfo(
    session: CallSession,
    tone: string,
    unsent: (response: IncomingResponse) => boolean,
  ): Promise<InDialogOutcome> {
    return new Promise((resolve) => {
      session
        .info({
          requestDelegate: {
            onAccept: () => resolve('accepted'),
            onReject: (response) => {
              this.options.logger.warn(`DTMF INFO refused: ${describe(response)}`);
              resolve(unsent(response) ? 'unsent' : 'refused');
            },
          },
          requestOptions: {
            body: {
              contentDisposition: 'render',
              contentType: 'application/dtmf-relay',
              content: `Signal=${tone}\r\nDuration=${dtmfDurationMs}\r\n`,
            },
          },
        })
        .catch((error: unknown) => {
          this.options.logger.warn('DTMF INFO failed', error);
          resolve('refused');
        });
    });
  }

  stats(callId: string): Promise<CallStats> {
    const call = this.get(callId);
    if (!call.established) throw notPossible('measure', call);
    return this.options.media.request('media.getStats', { callId });
  }

  /** Ends every call, e.g. before quitting. */
  async hangupAll(): Promise<void> {
    await Promise.allSettled([...this.calls.values()].map((call) => this.hangup(call.id)));
  }

  private track(call: CallRecord): CallRecord {
    this.calls.set(call.id, call);
    this.callIds.set(call.session, call.id);
    call.session.stateChange.addListener((state) => this.onSessionState(call, state));
    this.identify(call);
    return call;
  }

  /** Caller ID: address books at once; live directories afterwards, so ringing never waits for them. */
  private identify(call: CallRecord): void {
    const callerId = this.options.callerId;
    if (!callerId || call.remoteNumber === '') return;
    call.contact = callerId.now(call.remoteNumber);
    if (call.contact) return;
    callerId
      .later(call.remoteNumber)
      .then((contact) => {
        if (!contact || call.ended || !this.calls.has(call.id)) return;
        call.contact = contact;
        this.changed();
      })
      .catch((error: unknown) => this.options.logger.warn('Caller ID lookup failed', error));
  }

  private onSessionState(call: CallRecord, state: SessionState): void {
    if (state === SessionState.Established) {
      if (call.direction === 'outgoing') call.confirm();
      call.state = 'active';
      call.answeredAt = this.now();
      call.earlyMedia = false;
      this.tones.stop(call.id);
      this.options.history.record(call.view());
      this.changed();
    } else if (state === SessionState.Terminated) {
      // sip.js enters Terminated before it calls the request delegate's onReject, which
      // carries the final response (486, 603, …): finish once that has been seen.
      queueMicrotask(() => this.finish(call));
    }
  }

  /** SIP INFO in a call: DTMF relay (the far end's key presses) is noted, anything else just acknowledged. */
  private onInfo(call: CallRecord, info: Info): void {
    const body = info.request.body;
    const signal = /^Signal\s*=\s*([0-9A-D*#])\s*$/im.exec(body)?.[1];
    if (signal && /application\/dtmf-relay/i.test(info.request.getHeader('Content-Type') ?? '')) {
      call.receivedDtmf = (call.receivedDtmf + signal).slice(-64);
      this.changed();
    }
    info.accept().catch((error: unknown) => this.options.logger.warn('Could not answer an INFO', error));
  }

  private onProgress(call: CallRecord, response: IncomingResponse): void {
    const { statusCode, body } = response.message;
    if (statusCode === 100 || call.ended) return;
    call.state = 'ringing';
    const early =
      statusCode === 183 && body !== '' && this.options.globalSetting('media.audio.muteEarlyMedia') !== true;
    if (early) {
      call.earlyMedia = true;
      this.tones.stop(call.id);
    } else if (this.options.accountSetting(call.accountId)('functions.noRingback') !== true) {
      this.tones.ringback(call);
    }
    this.changed();
  }

  private finish(call: CallRecord): void {
    if (call.ended) return;
    this.tones.stop(call.id);
    this.liveness.forget(call.id);
    const wasEstablished = call.established;
    call.state = 'ended';
    call.endedAt = this.now();
    call.pending = undefined;
    if (call.localEnd) call.end = { ...call.end, reason: call.localEnd };
    else if (wasEstablished) call.end = { reason: 'remoteHangup' };
    else call.end ??= { reason: call.direction === 'incoming' ? 'missed' : 'failed' };
    this.options.history.record(call.view());
    this.changed();
    const timer = setTimeout(() => {
      this.calls.delete(call.id);
      this.changed();
    }, this.options.endedCallLingerMs ?? 8000);
    timer.unref?.();
  }

  private fail(call: CallRecord, error: unknown): void {
    this.options.logger.warn(`Call ${call.id} failed`, error);
    // the error is logged above; its (English, technical) message is not the far end's reason phrase
    call.end ??= { reason: 'failed' };
    if (call.session.state === SessionState.Initial || call.session.state === SessionState.Terminated) {
      this.finish(call);
    }
  }

  private async holdEstablishedCalls(exceptId?: string): Promise<void> {
    for (const call of this.calls.values()) {
      if (call.id !== exceptId && call.state === 'active' && !call.pending) await this.hold(call.id, true);
    }
  }

  /** The file the user chose as the account's ringtone; empty for the built-in ring. */
  private customRingtonePath(accountId: string): string {
    const path = this.options.accountSetting(accountId)('functions.customRingtone');
    return typeof path === 'string' ? path : '';
  }

  private ringingIncomingCalls(): number {
    let ringing = 0;
    for (const call of this.calls.values()) if (call.state === 'incoming') ringing++;
    return ringing;
  }

  private hasEstablishedCall(exceptId: string): boolean {
    return [...this.calls.values()].some((c) => c.id !== exceptId && c.established);
  }

  private mediaOptions(callId: string): Omit<MediaSessionOptions, 'hold'> {
    const call = this.calls.get(callId);
    const accountSetting = call ? this.options.accountSetting(call.accountId) : () => undefined;
    return mediaOptionsFrom(this.options.globalSetting, accountSetting, call?.speaker ?? false);
  }

  private get(callId: string): CallRecord {
    const call = this.calls.get(callId);
    if (!call)
      throw new ContractError('NOT_FOUND', 'This call has already ended.', 'callId', { key: 'call.ended' });
    return call;
  }

  /** Reports the call list once per burst of changes (see changeCoalesceMs). */
  private changed(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.options.onChange(this.list());
    }, this.options.changeCoalesceMs ?? 16);
  }
}

type IncomingResponse = Core.IncomingResponse;

/** The account's registrar host (and port) as the UserAgent uses it in its own address. */
function hostOf(ua: UserAgent): string {
  const { host, port } = ua.configuration.uri;
  return port ? `${host}:${port}` : host;
}

/** '#' is not allowed in a SIP URI's user part (RFC 3261 §25.1) and must be escaped. */
function escapeUser(user: string): string {
  return user.replace(/#/g, '%23');
}

function dialRulesOf(setting: SettingGetter): DialRules {
  return {
    removeDialChars: setting('numberModification.removeDialChars') as string,
    useCountryCode: setting('numberModification.useCountryCode') as boolean,
    defaultCountry: setting('numberModification.defaultCountry') as string,
    prefix: setting('numberModification.prefix') as string,
  };
}

/** A final failure response to our INVITE; `rang` when the far end rang and we did not hang up. */
function outgoingEnd(response: IncomingResponse, rang: boolean): NonNullable<CallView['end']> {
  const { statusCode: code, reasonPhrase: text } = response.message;
  const reason: CallEndReason =
    code === 486 || code === 600 ? 'busy' : code === 603 ? 'rejected' : code === 487 ? 'cancelled' : 'failed';
  // a proxy or the callee's phone gave up ringing (timer C, RFC 3261 §16.8, or a no-answer timeout)
  const unanswered = rang && (code === 408 || code === 480 || code === 487);
  return unanswered ? { reason, code, text, cause: 'noAnswer' } : { reason, code, text };
}

function describe(response: IncomingResponse): string {
  return `${response.message.statusCode} ${response.message.reasonPhrase}`;
}

/** What call.notPossible can say could not be done to a call (a codes.callAction key). */
type CallAction = keyof (typeof codesEn)['codes']['callAction'];

function notPossible(action: CallAction, call: CallRecord): ContractError {
  const { text, english } = worded('call.notPossible', { action, state: call.state });
  return new ContractError('UNAVAILABLE', english, 'callId', text);
}
