/**
 * One SIP account: a sip.js UserAgent over our transport and a Registerer, kept registered. sip.js
 * refreshes the registration; this class adds what sip.js leaves to the application: reconnecting
 * with backoff and jitter after a drop or a failed connect, re-registering after reconnecting, reacting
 * to network changes and resume, and stopping for good on a wrong password. Phases: AccountAgentPhase.
 */
import type {
  Core,
  Emitter,
  SessionDescriptionHandlerFactory,
  UserAgent,
  UserAgentDelegate,
  UserAgentOptions,
} from 'sip.js';
import { Registerer, RegistererState, UserAgentState } from 'sip.js';
import { RepeatedLineThrottle } from '../../log/log-throttle';
import type { Logger } from '../../log/logger';
import type { AccountConfig } from '../account-config';
import { settleWithin } from '../settle-within';
import type { SipTrace } from '../transport/sip-transport';
import { isSipTransport } from '../transport/sip-transport';
import { TransportError } from '../transport/transport-failure';
import { createUserAgent, registererOptionsFor } from '../user-agent-factory';
import type { AccountAgentPhase } from './account-agent-phase';
import type { BackoffOptions } from './backoff';
import { backoffDelay, defaultBackoff } from './backoff';
import type { RegistrationFailure, RegistrationStatus } from './registration-failure';
import { described, failureFromResponse, failureFromTransport } from './registration-failure';
import type { AccountAgentDelegate, RegistrationAgent } from './registration-agent';

export interface AccountAgentTiming {
  /** Deregister waits at most this long for the answer to REGISTER with expires 0. */
  unregisterTimeoutMs: number;
  /** One REGISTER gives up after this (sip.js's own transaction timeout is 32 s). */
  registerTimeoutMs: number;
  /** networkChanged()/resumed(): how long a live connection has to answer a keep-alive. */
  probeTimeoutMs: number;
  /** dispose(): how long sip.js's graceful UserAgent.stop() may take. */
  stopTimeoutMs: number;
  /**
   * A registration that lasted this long was healthy: when it ends, the phone registers again at once.
   * Registrations that keep ending sooner (a server that drops us right after registering) back off.
   */
  stableAfterMs: number;
  /**
   * While connections are refused (nothing listens at the server's address), attempts come at least
   * this often (minus jitter), however long the outage: they cost the server nothing, and the phone
   * notices within this that the server is back.
   */
  refusedRetryMaxMs: number;
}

export const defaultTiming: AccountAgentTiming = {
  unregisterTimeoutMs: 3000,
  registerTimeoutMs: 40_000,
  probeTimeoutMs: 2000,
  stopTimeoutMs: 3000,
  stableAfterMs: 10_000,
  refusedRetryMaxMs: 1000,
};

export interface AccountAgentOptions {
  config: AccountConfig;
  /** The lead's bridge to the renderer's media engine. */
  sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory;
  delegate: AccountAgentDelegate;
  logger: Logger;
  backoff?: BackoffOptions;
  random?: () => number;
  timing?: Partial<AccountAgentTiming>;
  /** Sees every SIP message in and out (tests count REGISTERs). */
  trace?: SipTrace;
  /** Extra sip.js UserAgent options for call features; they win over ours. */
  userAgentOptions?: Partial<UserAgentOptions>;
}

export class AccountAgent implements RegistrationAgent {
  readonly accountId: string;
  private readonly ua: UserAgent;
  private registerer: Registerer;
  private phase: AccountAgentPhase = 'idle';
  /** A long outage retries every second or so: the same reason is logged at most twice a minute. */
  private readonly retryLog = new RepeatedLineThrottle(30_000);
  private wanted = false;
  /** Failed attempts since the server last accepted a REGISTER, refused connects aside: the backoff. */
  private failures = 0;
  /** Refused connects since then: apart, as they cost the server nothing and are retried each second. */
  private refusals = 0;
  /**
   * Registrations in a row that ended before stableAfterMs, with no refused connect in between (a
   * server that accepts and drops us, not one that went away): the backoff before registering again.
   */
  private shortRegistrations = 0;
  /** Bumped by every new attempt or user action; late results of older ones are ignored. */
  private generation = 0;
  /** The generation of our REGISTER still waiting for its final answer. */
  private outstanding: number | undefined;
  private registeredAt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private status: RegistrationStatus = { state: 'unregistered' };
  private silent = false;
  private readonly timing: AccountAgentTiming;
  private readonly logger: Logger;

  constructor(private readonly options: AccountAgentOptions) {
    this.accountId = options.config.accountId;
    this.logger = options.logger;
    this.timing = { ...defaultTiming, ...options.timing };
    this.ua = createUserAgent(options.config, {
      sessionDescriptionHandlerFactory: options.sessionDescriptionHandlerFactory,
      delegate: this.userAgentDelegate(),
      logger: options.logger,
      trace: options.trace,
      overrides: options.userAgentOptions,
    });
    this.registerer = this.newRegisterer();
  }

  get userAgent(): UserAgent {
    return this.ua;
  }

  get registration(): RegistrationStatus {
    return this.status;
  }

  get wantsRegistration(): boolean {
    return this.wanted;
  }

  /** For tests and diagnostics. */
  get currentPhase(): AccountAgentPhase {
    return this.phase;
  }

  register(): void {
    if (this.phase === 'disposed') return;
    this.wanted = true;
    if (this.phase === 'connecting' || this.phase === 'registering' || this.phase === 'registered') return;
    this.forgetFailures();
    this.report({ state: 'registering' });
    void this.attempt();
  }

  async unregister(): Promise<void> {
    if (this.phase === 'disposed') return;
    this.wanted = false;
    const generation = this.nextGeneration();
    this.phase = 'unregistering';
    await this.removeBinding();
    if (generation !== this.generation) return; // Login was pressed meanwhile
    await this.disconnectQuietly();
    if (generation !== this.generation) return;
    this.phase = 'idle';
    this.report({ state: 'unregistered' });
  }

  connect(): Promise<void> {
    if (this.phase === 'disposed') return Promise.reject(new Error('The account agent is disposed.'));
    return this.connectTransport();
  }

  networkChanged(): void {
    void this.recover('The network changed');
  }

  resumed(): void {
    void this.recover('The computer resumed');
  }

  async dispose(): Promise<void> {
    if (this.phase === 'disposed') return;
    this.silent = true;
    await this.unregister();
    this.nextGeneration();
    this.phase = 'disposed';
    const stop = this.ua.stop().then(
      () => true,
      (error: unknown) => {
        this.logger.debug('UserAgent.stop failed', error);
        return true;
      },
    );
    if (!(await settleWithin(stop, this.timing.stopTimeoutMs))) {
      this.logger.warn(
        `The SIP stack did not stop within ${this.timing.stopTimeoutMs} ms; closing the connection`,
      );
      await this.ua.transport.dispose().catch(() => undefined);
    }
  }

  // ---- attempts

  private async attempt(): Promise<void> {
    const generation = this.nextGeneration();
    this.phase = 'connecting';
    // during a failure streak the last failure stays visible instead of flickering to "registering"
    if (this.status.state !== 'failed') this.report({ state: 'registering' });
    try {
      await this.connectTransport();
    } catch (error) {
      if (generation === this.generation) this.fail(failureFromTransport(error, this.options.config.server));
      return;
    }
    if (generation !== this.generation) return;
    this.phase = 'registering';
    this.sendRegister(generation);
  }

  private connectTransport(): Promise<void> {
    return this.ua.state === UserAgentState.Stopped ? this.ua.start() : this.ua.reconnect();
  }

  private sendRegister(generation: number): void {
    // a REGISTER lost with an old connection would block new ones until sip.js times it out (32 s)
    if (isWaiting(this.registerer)) this.replaceRegisterer();
    this.outstanding = generation;
    this.watchdog = setTimeout(() => this.onRegisterTimeout(generation), this.timing.registerTimeoutMs);
    const failed = (error: unknown): void => {
      if (generation !== this.generation) return;
      const why = error instanceof Error ? error.message : String(error);
      this.fail({ code: 'network', ...described('registration.sendFailed', { detail: why }), retry: true });
    };
    try {
      this.registerer
        .register({
          requestDelegate: {
            onAccept: () => this.onRegistered(generation),
            onReject: (response) => this.onRejected(generation, response),
          },
        })
        .catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  private onRegistered(generation: number): void {
    if (generation !== this.generation || this.phase === 'disposed') return;
    this.clearAttemptTimers();
    if (this.phase !== 'registered') this.registeredAt = Date.now();
    // the server answers again: whatever failed before, the next outage starts a fresh backoff
    this.failures = 0;
    this.refusals = 0;
    this.phase = 'registered';
    this.report({ state: 'registered' });
  }

  private onRejected(generation: number, response: Core.IncomingResponse): void {
    if (generation !== this.generation) return;
    const { message } = response;
    const retryAfter = Number.parseInt(message.getHeader('retry-after') ?? '', 10);
    this.fail(
      failureFromResponse(
        {
          statusCode: message.statusCode ?? 0,
          reasonPhrase: message.reasonPhrase ?? '',
          retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
        },
        this.options.config.password !== '',
      ),
    );
  }

  private onRegisterTimeout(generation: number): void {
    if (generation !== this.generation) return;
    this.replaceRegisterer();
    this.fail({ code: 'timeout', ...described('registration.noAnswerInTime'), retry: true });
  }

  private fail(failure: RegistrationFailure): void {
    this.clearAttemptTimers();
    if (failure.cheapRetry) {
      this.refusals += 1;
      // nothing listens at the server's address: the registration ended because the server went
      // away (a restart, an outage), not because a running server keeps dropping us
      this.shortRegistrations = 0;
    } else this.failures += 1;
    const { code, reason, text } = failure;
    this.report({ state: 'failed', code, reason, ...(text ? { text } : {}) });
    if (!failure.retry) {
      this.phase = 'halted';
      this.logger.warn(
        `Registration stopped until the account changes or Login is pressed: ${failure.reason}`,
      );
      void this.disconnectQuietly();
      return;
    }
    // a restarting server refuses, then may drop a connection or two before it registers: those few
    // back off from the start, not from where a minute of refusals would have taken them
    const backoff = failure.cheapRetry
      ? this.backoff(this.refusals, this.timing.refusedRetryMaxMs)
      : this.backoff(this.failures);
    const delay = Math.max(backoff, failure.retryAfterMs ?? 0);
    this.retryIn(delay, failure.reason);
  }

  private backoff(count: number, ceilingMs?: number): number {
    return backoffDelay(count, this.options.random, this.options.backoff ?? defaultBackoff, ceilingMs);
  }

  private retryIn(delay: number, reason: string): void {
    this.phase = 'waiting';
    this.retryLog.log(
      (line) => this.logger.info(line),
      reason,
      `${reason}; trying again in ${(delay / 1000).toFixed(1)} s`,
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.attempt();
    }, delay);
  }

  // ---- events from sip.js

  private userAgentDelegate(): UserAgentDelegate {
    const { delegate } = this.options;
    const id = this.accountId;
    const ua: UserAgentDelegate = { onDisconnect: (error) => this.onConnectionLost(error) };
    // only hooks that exist are given to sip.js, so it answers unhandled requests itself
    if (delegate.onInvite) {
      ua.onInvite = (invitation) => this.forward('INVITE', () => delegate.onInvite?.(id, invitation));
    }
    if (delegate.onNotify) {
      ua.onNotify = (notification) => this.forward('NOTIFY', () => delegate.onNotify?.(id, notification));
    }
    if (delegate.onMessage) {
      ua.onMessage = (message) => this.forward('MESSAGE', () => delegate.onMessage?.(id, message));
    }
    return ua;
  }

  private forward(what: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger.error(`Handling an incoming ${what} failed`, error);
    }
  }

  /** The transport left Connected by itself (error set) or because we asked (no error: ignored). */
  private onConnectionLost(error: Error | undefined): void {
    if (!error || !this.wanted) return;
    this.logger.warn(`Connection lost: ${error.message}`);
    // the transport's own errors carry the sentence as a code the UI translates
    const text = error instanceof TransportError && error.failure.text ? { text: error.failure.text } : {};
    if (this.phase === 'registered') {
      this.recoverFromRegistered(error.message, text);
      return;
    }
    if (this.phase === 'connecting' || this.phase === 'registering') {
      // our REGISTER went down with the connection
      this.nextGeneration();
      this.fail({ code: 'network', reason: error.message, ...text, retry: true });
    }
  }

  /**
   * Registered, then the connection or the registration went away. After a stable registration (or the
   * first short one) try again at once; a server that keeps dropping us right after registering gets
   * the backoff instead of a reconnect loop. That count only resets after a stable registration or a
   * user action; the failed attempts of an outage that follows count from zero (see onRegistered).
   */
  private recoverFromRegistered(reason: string, text: Pick<RegistrationStatus, 'text'> = {}): void {
    const stable = Date.now() - this.registeredAt >= this.timing.stableAfterMs;
    this.shortRegistrations = stable ? 0 : this.shortRegistrations + 1;
    if (this.shortRegistrations <= 1) {
      void this.attempt();
      return;
    }
    this.nextGeneration();
    this.report({ state: 'failed', code: 'network', reason, ...text });
    this.retryIn(this.backoff(this.shortRegistrations), reason);
  }

  private newRegisterer(): Registerer {
    const registerer = new Registerer(this.ua, registererOptionsFor(this.options.config, this.ua.instanceId));
    registerer.stateChange.addListener((state) => {
      if (registerer !== this.registerer) return;
      // e.g. sip.js re-sent the REGISTER itself after a 423 Interval Too Brief
      if (state === RegistererState.Registered && this.phase === 'registering')
        this.onRegistered(this.generation);
      if (
        state === RegistererState.Unregistered &&
        this.phase === 'registered' &&
        this.outstanding === undefined
      ) {
        // sip.js's own refresh was refused, or the binding expired; let sip.js finish its bookkeeping first
        setTimeout(() => {
          if (this.phase === 'registered' && this.wanted) {
            this.recoverFromRegistered('The registration expired or its refresh was refused');
          }
        }, 0);
      }
    });
    return registerer;
  }

  private replaceRegisterer(): void {
    const old = this.registerer;
    this.registerer = this.newRegisterer();
    // It sends nothing more: sip.js times out its lost REGISTER (32 s), then it is disposed. Disposing a
    // registered Registerer would send expires 0 for our shared Contact and remove the new binding, so
    // one that unexpectedly ends up registered is left alone (UserAgent.stop() disposes it at the end).
    void notWaiting(old).then(() => {
      if (old.state === RegistererState.Registered) return;
      old.dispose().catch(() => undefined);
    });
  }

  // ---- network changes, unregistering

  private async recover(why: string): Promise<void> {
    const active: readonly AccountAgentPhase[] = ['connecting', 'registering', 'registered', 'waiting'];
    if (!this.wanted || !active.includes(this.phase)) return;
    this.forgetFailures();
    if (this.phase === 'registered') {
      const generation = this.generation;
      const transport = this.ua.transport;
      const alive = isSipTransport(transport) && (await transport.probe(this.timing.probeTimeoutMs));
      // a failed probe has already dropped the connection, and onConnectionLost is reconnecting
      if (generation !== this.generation || this.phase !== 'registered') return;
      if (alive) {
        this.logger.info(`${why}: the connection is alive; registering again`);
        if (!isWaiting(this.registerer)) this.sendRegister(this.nextGeneration());
        return;
      }
    }
    this.logger.info(`${why}: reconnecting now`);
    const generation = this.nextGeneration();
    await this.disconnectQuietly();
    if (generation === this.generation) void this.attempt();
  }

  /** REGISTER with expires 0 for our binding, bounded; skipped when there is nothing to remove. */
  private async removeBinding(): Promise<void> {
    const registerer = this.registerer;
    if (isWaiting(registerer)) await settleWithin(notWaiting(registerer), this.timing.unregisterTimeoutMs);
    if (isWaiting(registerer)) {
      this.replaceRegisterer(); // the binding then expires on the server by itself
      return;
    }
    if (registerer.state !== RegistererState.Registered || !this.ua.isConnected()) return;
    const done = new Promise<void>((resolve) => {
      try {
        registerer
          .unregister({ requestDelegate: { onAccept: () => resolve(), onReject: () => resolve() } })
          .catch(() => resolve());
      } catch {
        resolve();
      }
    });
    if (!(await settleWithin(done, this.timing.unregisterTimeoutMs))) {
      this.logger.warn(`No answer to the deregistration within ${this.timing.unregisterTimeoutMs} ms`);
    }
  }

  private async disconnectQuietly(): Promise<void> {
    const disconnected = this.ua.transport.disconnect().catch((error: unknown) => {
      this.logger.debug('Disconnect did not complete', error);
    });
    await settleWithin(disconnected, this.timing.unregisterTimeoutMs);
  }

  // ---- bookkeeping

  /** A user action or a new network: the past says nothing about the next attempt. */
  private forgetFailures(): void {
    this.failures = 0;
    this.refusals = 0;
    this.shortRegistrations = 0;
  }

  private nextGeneration(): number {
    this.generation += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.clearAttemptTimers();
    return this.generation;
  }

  private clearAttemptTimers(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.outstanding = undefined;
  }

  private report(status: RegistrationStatus): void {
    if (this.silent) return;
    const same =
      status.state === this.status.state &&
      status.code === this.status.code &&
      status.reason === this.status.reason;
    if (same) return;
    this.status = status;
    const detail = status.reason ? `: ${status.reason}` : '';
    this.logger.info(`Registration ${status.state}${detail}`);
    try {
      this.options.delegate.onRegistration(this.accountId, status);
    } catch (error) {
      this.logger.error('The registration delegate threw', error);
    }
  }
}

/**
 * sip.js's Registerer knows whether its REGISTER still waits for a final answer (RFC 3261 §10.2: no new
 * REGISTER until then), but declares `waiting` and `waitingChange` private in 0.21's typings although
 * they are public at run time. This view is the one place that relies on them.
 */
interface RegistererWaiting {
  readonly waiting?: boolean;
  readonly waitingChange?: Emitter<boolean>;
}

function isWaiting(registerer: Registerer): boolean {
  return (registerer as unknown as RegistererWaiting).waiting === true;
}

function notWaiting(registerer: Registerer): Promise<void> {
  const waitingChange = (registerer as unknown as RegistererWaiting).waitingChange;
  return new Promise((resolve) => {
    if (!isWaiting(registerer) || !waitingChange) {
      resolve();
      return;
    }
    const listener = (waiting: boolean): void => {
      if (waiting) return;
      waitingChange.removeListener(listener);
      resolve();
    };
    waitingChange.addListener(listener);
  });
}
