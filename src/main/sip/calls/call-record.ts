import type { Invitation, Inviter } from 'sip.js';
import type { CallEndReason, CallView, ContactRef } from '../../../shared/contract';
import { boundedText } from '../../../shared/text/bounded';
import {
  maxContactTextLength,
  maxDisplayNameLength,
  maxReasonTextLength,
  maxReceivedDtmfLength,
  maxRemoteNumberLength,
} from '../../../shared/text/limits';

export type CallSession = Inviter | Invitation;

/**
 * One call's mutable state in main; `view()` is what the UI and history see. Every text that came from
 * the network (number, name, reason phrase, caller ID, DTMF) is bounded as it is set here, so no
 * header of any size reaches the views, the notifications or the history (src/shared/text/limits.ts).
 */
export class CallRecord {
  state: CallView['state'];
  answeredAt: number | undefined;
  endedAt: number | undefined;
  muted = false;
  silenced = false;
  earlyMedia = false;
  /** The far end's last SDP holds us (sendonly, inactive or c=0.0.0.0). */
  remoteHold = false;
  speaker = false;
  pending: CallView['pending'];
  readonly remoteNumber: string;
  readonly remoteName: string;
  #end: CallView['end'];
  #receivedDtmf = '';
  #contact: ContactRef | undefined;
  /** Both sides know the dialog: we received the 200 (outgoing) or the ACK (incoming). */
  readonly confirmed: Promise<void>;
  confirm: () => void = () => undefined;
  /** Set when we end the call, so a BYE/CANCEL we sent is not reported as the remote hanging up. */
  localEnd: CallEndReason | undefined;

  constructor(
    readonly id: string,
    readonly accountId: string,
    readonly direction: CallView['direction'],
    readonly session: CallSession,
    remoteNumber: string,
    remoteName: string,
    readonly startedAt: number,
  ) {
    this.remoteNumber = boundedText(remoteNumber, maxRemoteNumberLength);
    this.remoteName = boundedText(remoteName, maxDisplayNameLength);
    this.state = direction === 'incoming' ? 'incoming' : 'dialing';
    this.confirmed = new Promise((resolve) => (this.confirm = resolve));
  }

  /** How the call ended; `text` is the far end's SIP reason phrase, bounded. */
  get end(): CallView['end'] {
    return this.#end;
  }

  set end(end: CallView['end']) {
    this.#end = end?.text === undefined ? end : { ...end, text: boundedText(end.text, maxReasonTextLength) };
  }

  /** Key presses the far end sent, newest last; older ones drop off. */
  get receivedDtmf(): string {
    return this.#receivedDtmf;
  }

  set receivedDtmf(tones: string) {
    this.#receivedDtmf = boundedText(tones.slice(-maxReceivedDtmfLength), maxReceivedDtmfLength);
  }

  /** Caller ID, when a contact source knows the number (a live directory's answer is network data). */
  get contact(): ContactRef | undefined {
    return this.#contact;
  }

  set contact(contact: ContactRef | undefined) {
    this.#contact = contact && {
      ...contact,
      sourceName: boundedText(contact.sourceName, maxContactTextLength),
      name: boundedText(contact.name, maxContactTextLength),
    };
  }

  get ended(): boolean {
    return this.state === 'ended';
  }

  get established(): boolean {
    return this.state === 'active' || this.state === 'held';
  }

  view(): CallView {
    const view: CallView = {
      id: this.id,
      accountId: this.accountId,
      direction: this.direction,
      state: this.state,
      remoteNumber: this.remoteNumber,
      remoteName: this.remoteName,
      startedAt: this.startedAt,
      muted: this.muted,
      silenced: this.silenced,
      earlyMedia: this.earlyMedia,
      remoteHold: this.remoteHold,
    };
    if (this.answeredAt !== undefined) view.answeredAt = this.answeredAt;
    if (this.endedAt !== undefined) view.endedAt = this.endedAt;
    if (this.end) view.end = this.end;
    if (this.pending) view.pending = this.pending;
    if (this.receivedDtmf) view.receivedDtmf = this.receivedDtmf;
    if (this.contact) view.contact = this.contact;
    return view;
  }
}
