/**
 * The SIP layer's entry point: one agent per account, kept in step with the accounts and published in
 * an AgentRegistry. The composition root builds it with the AccountService, the SettingsService, the
 * bridge's SDH factory, the registry the call manager also reads, and a delegate that forwards
 * registration changes to AccountService.setRegistration.
 *
 * Call reconcile() after accounts change and after global TLS settings (advanced.tls.*) change: an
 * agent is re-created only when something registration needs changed (addresses, credentials, timers,
 * TLS, the certificate file's contents), because re-creating one ends its calls.
 */
import { createHash } from 'node:crypto';
import type { SessionDescriptionHandlerFactory, UserAgent } from 'sip.js';
import { ContractError } from '../../shared/contract';
import type { UserText } from '../../shared/contract';
import { worded } from '../i18n/translator';
import type { Logger } from '../log/logger';
import type { AccountConfig } from './account-config';
import { AccountConfigError, loadAccountConfig } from './account-config';
import { AgentRegistry } from './agent-registry';
import type { AccountAgentOptions } from './registration/account-agent';
import { AccountAgent } from './registration/account-agent';
import type { AccountAgentDelegate, RegistrationAgent } from './registration/registration-agent';
import { settleWithin } from './settle-within';

/** The part of AccountService the SIP layer reads. */
export interface SipAccountSource {
  list(): ReadonlyArray<{ id: string }>;
  settingsOf(id: string): Record<string, unknown>;
  password(id: string): Promise<string | undefined>;
  /** The account's stable SIP instance id (RFC 5627 +sip.instance). */
  instanceIdOf(id: string): string;
}

/** The part of SettingsService the SIP layer reads (advanced.tls.*). */
export interface SipSettingSource {
  get<T = unknown>(key: string): T;
}

export type AgentFactory = (config: AccountConfig, delegate: AccountAgentDelegate) => RegistrationAgent;

export interface SipServiceOptions {
  accounts: SipAccountSource;
  settings: SipSettingSource;
  logger: Logger;
  sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory;
  delegate: AccountAgentDelegate;
  /** Where the agents are published for the call manager and the others; a private one by default. */
  agents?: AgentRegistry;
  /** stop() gives all accounts together this long to deregister. */
  stopTimeoutMs?: number;
  /** Options for every AccountAgent: timing, backoff, a SIP trace, sip.js overrides. */
  agentOptions?: Pick<AccountAgentOptions, 'backoff' | 'random' | 'timing' | 'trace' | 'userAgentOptions'>;
  /** Builds an account's agent; unit tests pass fakes. */
  createAgent?: AgentFactory;
  /** Reads a certificate file (tests pass a fake). */
  readFile?: (path: string) => Promise<Buffer>;
}

interface Entry {
  /** A hash of everything registration depends on (never the password itself). */
  fingerprint: string;
  agent?: RegistrationAgent;
  /** Why the account cannot be used as configured. */
  problem?: string;
  /** The same as a catalogue code, when it has one. */
  problemText?: UserText | undefined;
  /** For accounts with a problem: the user asked to register (shown as failed with code config). */
  wanted: boolean;
}

interface Prepared {
  fingerprint: string;
  config?: AccountConfig;
  problem?: string;
  problemText?: UserText | undefined;
  registerOnStartup: boolean;
}

export class SipService {
  private readonly entries = new Map<string, Entry>();
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly stopTimeoutMs: number;
  private readonly createAgent: AgentFactory;
  /** The agents of `entries`, kept in step with them. */
  readonly agents: AgentRegistry;

  constructor(private readonly options: SipServiceOptions) {
    this.stopTimeoutMs = options.stopTimeoutMs ?? 5000;
    this.agents =
      options.agents ?? new AgentRegistry(() => options.accounts.list().map((account) => account.id));
    this.createAgent =
      options.createAgent ??
      ((config, delegate) =>
        new AccountAgent({
          ...options.agentOptions,
          config,
          delegate,
          sessionDescriptionHandlerFactory: options.sessionDescriptionHandlerFactory,
          logger: options.logger.child(`sip:${config.accountId}`),
        }));
  }

  /** Creates an agent per account and registers those set to register on startup. */
  start(): Promise<void> {
    this.options.logger.info('SIP service starting');
    return this.reconcile();
  }

  /** Brings the agents in line with the accounts: creates, deletes and re-creates changed ones. */
  reconcile(): Promise<void> {
    const run = this.queue.then(() => this.reconcileNow());
    this.queue = run.catch((error: unknown) => this.options.logger.error('SIP reconcile failed', error));
    return run;
  }

  /**
   * Login. Resolves once registering has started (after a pending reconcile, so a just-created account
   * is known); the outcome arrives through the delegate.
   */
  async register(accountId: string): Promise<void> {
    await this.queue;
    this.startRegistration(accountId, this.entry(accountId));
  }

  /** Deregister: resolves when the binding is removed (bounded) and the connection closed. */
  async unregister(accountId: string): Promise<void> {
    await this.queue;
    const entry = this.entry(accountId);
    entry.wanted = false;
    await entry.agent?.unregister();
  }

  agent(accountId: string): RegistrationAgent | undefined {
    return this.entries.get(accountId)?.agent;
  }

  /** The UserAgent of a registered account (the call manager's view), or undefined. */
  userAgentOf(accountId: string): UserAgent | undefined {
    return this.agents.userAgentOf(accountId);
  }

  /** Registered accounts in account order. */
  registeredAccountIds(): string[] {
    return this.agents.registeredAccountIds();
  }

  networkChanged(): void {
    for (const entry of this.entries.values()) entry.agent?.networkChanged();
  }

  resumed(): void {
    for (const entry of this.entries.values()) entry.agent?.resumed();
  }

  /** Deregisters every account (all together, bounded by stopTimeoutMs) and disposes the agents. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await settleWithin(this.queue, this.stopTimeoutMs);
    const agents = [...this.entries.values()].flatMap((entry) => (entry.agent ? [entry.agent] : []));
    this.entries.clear();
    this.agents.clear();
    const disposed = Promise.allSettled(agents.map((agent) => agent.dispose()));
    if (!(await settleWithin(disposed, this.stopTimeoutMs))) {
      this.options.logger.warn(`Not every account deregistered within ${this.stopTimeoutMs} ms`);
    }
    this.options.logger.info('SIP service stopped');
  }

  private async reconcileNow(): Promise<void> {
    if (this.stopped) return;
    const ids = new Set(this.options.accounts.list().map((account) => account.id));
    const removed = [...this.entries].filter(([id]) => !ids.has(id));
    for (const [id] of removed) {
      this.entries.delete(id);
      this.agents.remove(id);
    }
    await Promise.all(removed.flatMap(([, entry]) => (entry.agent ? [entry.agent.dispose()] : [])));
    for (const id of ids) {
      let next: Prepared;
      try {
        next = await this.prepare(id);
      } catch (error) {
        // e.g. deleted between list() and settingsOf(); the next reconcile catches up
        this.options.logger.warn(`Account ${id} skipped`, error);
        continue;
      }
      if (this.stopped) return;
      const current = this.entries.get(id);
      if (current?.fingerprint === next.fingerprint) continue;
      const wanted = current ? (current.agent?.wantsRegistration ?? current.wanted) : next.registerOnStartup;
      if (current?.agent) {
        this.options.logger.info(`Account ${id} changed; re-creating its SIP agent`);
        await current.agent.dispose();
        if (this.stopped) return;
      }
      const entry: Entry = next.config
        ? {
            fingerprint: next.fingerprint,
            agent: this.createAgent(next.config, this.options.delegate),
            wanted,
          }
        : {
            fingerprint: next.fingerprint,
            problem: next.problem ?? 'Invalid account',
            problemText: next.problemText,
            wanted,
          };
      this.entries.set(id, entry);
      this.agents.put(id, entry.agent);
      if (wanted) this.startRegistration(id, entry);
    }
  }

  private async prepare(id: string): Promise<Prepared> {
    const settings = this.options.accounts.settingsOf(id);
    const password = await this.options.accounts.password(id);
    const registerOnStartup = settings['functions.registerOnStartup'] !== false;
    try {
      const config = await loadAccountConfig(
        {
          accountId: id,
          settings,
          password,
          instanceId: this.options.accounts.instanceIdOf(id),
          global: (key) => this.options.settings.get(key),
        },
        this.options.readFile,
      );
      return { fingerprint: fingerprintOf(config), config, registerOnStartup };
    } catch (error) {
      if (!(error instanceof AccountConfigError)) throw error;
      this.options.logger.warn(`Account ${id} cannot register: ${error.message}`);
      return {
        fingerprint: fingerprintOf({ problem: error.message }),
        problem: error.message,
        problemText: error.text,
        registerOnStartup,
      };
    }
  }

  private startRegistration(accountId: string, entry: Entry): void {
    entry.wanted = true;
    if (entry.agent) {
      entry.agent.register();
      return;
    }
    this.options.delegate.onRegistration(accountId, {
      state: 'failed',
      code: 'config',
      reason: entry.problem,
      ...(entry.problemText ? { text: entry.problemText } : {}),
    });
  }

  private entry(accountId: string): Entry {
    const entry = this.entries.get(accountId);
    if (!entry) {
      const { text, english } = worded('accounts.notFound', { id: accountId });
      throw new ContractError('NOT_FOUND', english, 'id', text);
    }
    return entry;
  }
}

/** Hashed, so the password in the config never sits in memory longer than the config itself. */
function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
