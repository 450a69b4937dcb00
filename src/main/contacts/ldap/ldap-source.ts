import type { ConnectionOptions } from 'node:tls';
import {
  Client,
  ResultCodeError,
  TLSNotSupportedError,
  type ClientOptions,
  type Filter,
  type SearchOptions,
  type SearchResult,
} from 'ldapts';
import type { Logger } from '../../log/logger';
import type { Contact } from '../contact';
import {
  applyContactFilters,
  noContactFilters,
  type ContactSource,
  type ContactSourceFilters,
  type ContactSourceStatus,
} from '../contact-source';
import { ldapConnectionOptions, type LdapConfig } from './ldap-config';
import { contactFromEntry, requestedAttributes } from './ldap-entry';
import { buildSearchFilter, filterToString } from './ldap-filter';
import { LdapSourceError, ldapStatusOf, type LdapStatus } from './ldap-status';

/** The part of ldapts' Client we use, so tests can hand in a fake. */
export interface LdapClient {
  readonly isConnected: boolean;
  readonly isBound: boolean;
  startTLS(options?: ConnectionOptions): Promise<void>;
  bind(dn: string, password?: string): Promise<void>;
  search(baseDn: string, options: SearchOptions): Promise<SearchResult>;
  unbind(): Promise<void>;
}

export interface LdapContactSourceOptions {
  config: LdapConfig;
  /** Read from the keychain when a connection binds; never stored here or logged. */
  password: () => Promise<string>;
  logger: Logger;
  /** Shown in the contact list's source filter; defaults to the host. */
  name?: string;
  enabled?: boolean;
  filters?: ContactSourceFilters;
  createClient?: (options: ClientOptions) => LdapClient;
  now?: () => number;
}

/** One connection, bound once and shared by searches until it breaks or a search is aborted. */
interface Session {
  ready: Promise<LdapClient>;
  inFlight: number;
  retired: boolean;
}

/**
 * Contacts from an LDAP directory, searched on demand (nothing is copied locally).
 *
 * Rules for callers:
 * - Debounce typing in the UI (about 250 ms) and abort the previous search's signal when a new
 *   one starts; this class does not debounce.
 * - An aborted search rejects with the signal's reason and its result is dropped; the connection
 *   it used is closed (the server stops work on it), later searches open a new one.
 * - More matches than the limit is not an error: the first `limit` entries come back.
 * - `search` follows the ContactSource rules: a failure answers [] and shows in `status()`.
 *   `query` is the same search but rejects with LdapSourceError, whose `status.code` says auth,
 *   unreachable, certificate, timeout or invalid (for the settings page's "test connection");
 *   `ldapStatus` keeps the last outcome with its code.
 */
export class LdapContactSource implements ContactSource {
  readonly id: string;
  readonly kind = 'ldap' as const;
  readonly name: string;
  readonly enabled: boolean;
  readonly filters: ContactSourceFilters;
  private failedAt = 0;
  private session: Session | undefined;
  private lastStatus: LdapStatus = { code: 'ok', message: '' };
  private readonly server: string;
  private readonly createClient: (options: ClientOptions) => LdapClient;

  constructor(private readonly options: LdapContactSourceOptions) {
    this.id = `ldap:${options.config.id}`;
    this.server = `${options.config.host}:${options.config.port}`;
    this.name = options.name ?? options.config.host;
    this.enabled = options.enabled ?? true;
    this.filters = options.filters ?? noContactFilters;
    this.createClient = options.createClient ?? ((clientOptions) => new Client(clientOptions));
  }

  /** The last outcome with its code (auth, unreachable, certificate, timeout, invalid). */
  get ldapStatus(): LdapStatus {
    return this.lastStatus;
  }

  status(): ContactSourceStatus {
    if (!this.enabled) return { state: 'disabled' };
    if (this.lastStatus.code === 'ok') return { state: 'ready' };
    return { state: 'failed', message: this.lastStatus.message, at: this.failedAt };
  }

  /** ContactSource search: never rejects for a directory failure, only for an abort. */
  async search(query: string, limit: number, signal?: AbortSignal): Promise<Contact[]> {
    try {
      return await this.query(query, limit, signal);
    } catch (error) {
      if (error instanceof LdapSourceError) return [];
      throw error;
    }
  }

  /** Searches the directory; rejects with LdapSourceError on failure, the signal's reason on abort. */
  async query(query: string, limit?: number, signal?: AbortSignal): Promise<Contact[]> {
    signal?.throwIfAborted();
    const { config } = this.options;
    const sizeLimit = Math.max(1, Math.min(limit ?? config.resultLimit, config.resultLimit));
    const filter = buildSearchFilter(query, config.attributes);
    const session = this.currentSession();
    session.inFlight++;
    try {
      const result = await abortable(this.runSearch(session, filter, sizeLimit), signal, () =>
        this.retire(session),
      );
      this.lastStatus = { code: 'ok', message: '' };
      const contacts = result
        .map((entry) => contactFromEntry(entry, this.id, config.attributes))
        .filter((contact): contact is Contact => contact !== undefined);
      return applyContactFilters(contacts, this.filters).slice(0, sizeLimit);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      const status = ldapStatusOf(error, this.server);
      this.lastStatus = status;
      this.failedAt = (this.options.now ?? Date.now)();
      this.options.logger.warn(`LDAP ${config.id}: search failed (${status.code}): ${status.message}`);
      // a failed connection is not reused; a refused search on a good one is
      if (status.code !== 'invalid') this.retire(session);
      throw new LdapSourceError(status, { cause: error });
    } finally {
      session.inFlight--;
      if (session.retired && session.inFlight === 0) void this.close(session);
    }
  }

  /** Closes the connection; the next search opens a new one. */
  async dispose(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session) {
      session.retired = true;
      await this.close(session);
    }
  }

  private async runSearch(session: Session, filter: Filter, sizeLimit: number) {
    const { config, logger } = this.options;
    const client = await session.ready;
    logger.debug(`LDAP ${config.id}: search ${filterToString(filter)} (limit ${sizeLimit})`);
    const result = await client.search(config.baseDn, {
      scope: 'sub',
      filter,
      sizeLimit,
      timeLimit: Math.ceil(config.searchTimeoutMs / 1000),
      attributes: requestedAttributes(config.attributes),
    });
    return result.searchEntries;
  }

  private currentSession(): Session {
    const current = this.session;
    if (current && !current.retired) return current;
    const session: Session = { ready: this.connect(), inFlight: 0, retired: false };
    // a failed connect is reported by the search awaiting it; keep it from being unhandled
    session.ready.catch(() => undefined);
    this.session = session;
    return session;
  }

  private async connect(): Promise<LdapClient> {
    const { config, logger } = this.options;
    const { client: clientOptions, startTls } = ldapConnectionOptions(config, logger);
    const client = this.createClient(clientOptions);
    try {
      if (startTls) await startTlsOn(client, startTls);
      if (config.bindDn) await client.bind(config.bindDn, await this.options.password());
      logger.info(`LDAP ${config.id}: connected to ${this.server} (${config.security})`);
      return client;
    } catch (error) {
      await client.unbind().catch(() => undefined);
      throw error;
    }
  }

  /** Stops handing out this session; it closes once its searches have settled. */
  private retire(session: Session): void {
    session.retired = true;
    if (this.session === session) this.session = undefined;
    // the caller's search is still counted: when it is the only one, close now so the server
    // stops working on it and no socket lingers; otherwise the last search to settle closes it
    if (session.inFlight <= 1) void this.close(session);
  }

  private async close(session: Session): Promise<void> {
    try {
      const client = await session.ready;
      await client.unbind();
    } catch {
      // connect failed (nothing to close) or the socket is already gone
    }
  }
}

/** Resolves with the work's result unless the signal fires first; then calls onAbort. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The search was aborted', 'AbortError');
}

/** A server without StartTLS answers the extended operation with an LDAP result code. */
async function startTlsOn(client: LdapClient, options: ConnectionOptions): Promise<void> {
  try {
    await client.startTLS(options);
  } catch (error) {
    if (error instanceof ResultCodeError && !(error instanceof TLSNotSupportedError)) {
      throw new TLSNotSupportedError(error.message);
    }
    throw error;
  }
}
