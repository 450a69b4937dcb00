import type { Invitation, Inviter } from 'sip.js';
import type { CallEndReason, CallView } from '../../../shared/contract';

export type CallSession = Inviter | Invitation;

/** One call's mutable state in main; `view()` is what the UI and history see. */
export class CallRecord {
  state: CallView['state'];
  answeredAt: number | undefined;
  endedAt: number | undefined;
  end: CallView['end'];
  muted = false;
  silenced = false;
  earlyMedia = false;
  speaker = false;
  pending: CallView['pending'];
  receivedDtmf = '';
  /** Caller ID, when a contact source knows the number. */
  contact: CallView['contact'];
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
    readonly remoteNumber: string,
    readonly remoteName: string,
    readonly startedAt: number,
  ) {
    this.state = direction === 'incoming' ? 'incoming' : 'dialing';
    this.confirmed = new Promise((resolve) => (this.confirm = resolve));
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
