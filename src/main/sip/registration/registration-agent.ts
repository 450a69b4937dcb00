/**
 * What the SipService and the call manager need from one account's SIP agent. AccountAgent implements
 * it over sip.js; SipService's unit tests pass a fake.
 */
import type { Invitation, Message, Notification, UserAgent } from 'sip.js';
import type { RegistrationStatus } from './registration-failure';

export interface AccountAgentDelegate {
  /** Every change of the account's registration (the lead maps it to AccountService.setRegistration). */
  onRegistration(accountId: string, registration: RegistrationStatus): void;
  /** An incoming call. Without this hook sip.js answers 486 Busy Here. */
  onInvite?(accountId: string, invitation: Invitation): void;
  /** An out-of-dialog NOTIFY (e.g. unsolicited MWI). Without this hook sip.js answers 481. */
  onNotify?(accountId: string, notification: Notification): void;
  /** An out-of-dialog MESSAGE. Without this hook sip.js accepts it with 200 and drops it. */
  onMessage?(accountId: string, message: Message): void;
}

export interface RegistrationAgent {
  readonly accountId: string;
  /** The account's sip.js UserAgent, for calls, subscriptions and messages. */
  readonly userAgent: UserAgent;
  readonly registration: RegistrationStatus;
  /** The user wants this account registered (Login, or register on startup), even while it is failing. */
  readonly wantsRegistration: boolean;
  /** Login: connect and register, and keep it registered. Restarts a halted (e.g. wrong password) agent. */
  register(): void;
  /** Deregister: remove the binding (bounded), disconnect, and stop reconnecting. */
  unregister(): Promise<void>;
  /** Connects without registering (for a call from an account that is not registered). */
  connect(): Promise<void>;
  /** The network changed: check the connection now, reconnect and re-register if needed. */
  networkChanged(): void;
  /** The computer woke up: same as networkChanged(). */
  resumed(): void;
  /** Unregisters (bounded) and stops the UserAgent; the agent is unusable afterwards. */
  dispose(): Promise<void>;
}
