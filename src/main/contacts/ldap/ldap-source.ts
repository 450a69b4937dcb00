import type { ConnectionOptions } from 'node:tls';
import { ResultCodeError, TLSNotSupportedError, type ClientOptions, type Entry, type Filter } from 'ldapts';
import type { Logger } from '../../log/logger';
import type { TlsSettings } from '../../net/tls/tls-options';
import type { Contact } from '../contact';
import {
  applyContactFilters,
  noContactFilters,
  type ContactSource,
  type ContactSourceFilters,
  type ContactSourceStatus,
  type SourceSearchResult,
} from '../contact-source';
import { createLdapClient, type LdapClient } from './ldap-client';
import { ldapConnectionOptions, type LdapConfig } from './ldap-config';
import { contactFromEntry, requestedAttributes } from './ldap-entry';
import { buildSearchFilter, filterToString } from './ldap-filter';
import { contactWithNumber, LOOKUP_CANDIDATES, numberLookupFilters } from './ldap-number-lookup';
import { LdapSourceError, ldapStatusOf, type LdapStatus } from './ldap-status';

export type { LdapClient } from './ldap-client';

export interface LdapContactSourceOptions {
  config: LdapConfig;
  /** Read from the keychain when a connection binds; never stored here or logged. */
  password: () => Promise<string>;
  logger: Logger;
  /**
   * The global TLS settings (trusted certificate, minimum version, ciphers, verification), read
   * each time a connection is opened so a settings change applies to the next one.
   */
  tls?: () => Promise<TlsSettings>;
  /** Shown in the contact list's source filter; defaults to the host. */
  name?: string;
  enabled?: boolean;
  filters?: ContactSourceFilters;
  /** ISO country for reading national numbers in the directory ("DE"); asked on every lookup. */
  defaultCountry?: () => string;
  /** Caller ID gives up after this (default 2 s): it runs while the phone rings. */
  lookupTimeoutMs?: number;
  createClient?: (options: ClientOptions) => LdapClient;
  now?: () => number;
}

export const DEFAULT_LOOKUP_TIMEOUT_MS = 2_000;

/** One connection, bound once and shared by searches until it breaks or a search is aborted. */
interface Session {
  ready: Promise<LdapClient>;
  inFlight: number;
  retired: boolean;
}

/** What one directory search brought back. */
interface Found {
  contacts: Contact[];
  /** Entries the server sent, before mapping and filters. */
  entries: number;
  /** The server stopped at a size limit (result code 4): ours or its own. */
  sizeLimitExceeded: boolean;
}

/**
 * Contacts from an LDAP directory, searched on demand (nothing is copied locally).
 *
 * Rules for callers:
 * - Debounce typing in the UI (about 250 ms) and abort the previous search's signal when a new
 *   one starts; this class does not debounce.
 * - An aborted search rejects with the signal's reason and its result is dropped; the connection
 *   it used is closed (the server stops work on it), later searches open a new one.
 * - More matches than the limit is not an error: the first `limit` entries come back, and
 *   `searchResult`/`queryResult` say `truncated` so the UI can ask for a narrower search. That holds
 *   for our limit (the server is asked for one entry more) and for the server's own size limit.
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
    this.createClient = options.createClient ?? createLdapClient;
  }

  /** The last outcome with its code (auth, unreachable, certificate, timeout, invalid). */
  get ldapStatus(): LdapStatus {
    return this.lastStatus;
  }

  status(): ContactSourceStatus {
    if (!this.enabled) return { state: 'disabled' };
    if (this.lastStatus.code === 'ok') return { state: 'ready' };
    const { message, text } = this.lastStatus;
    return { state: 'failed', message, ...(text ? { text } : {}), at: this.failedAt };
  }

  /** ContactSource search: never rejects for a directory failure, only for an abort. */
  async search(query: string, limit: number, signal?: AbortSignal): Promise<Contact[]> {
    return (await this.searchResult(query, limit, signal)).contacts;
  }

  /** `search`, saying whether the directory had more matches than came back. */
  async searchResult(query: string, limit: number, signal?: AbortSignal): Promise<SourceSearchResult> {
    try {
      return await this.queryResult(query, limit, signal);
    } catch (error) {
      if (error instanceof LdapSourceError) return { contacts: [], truncated: false };
      throw error;
    }
  }

  /** Searches the directory; rejects with LdapSourceError on failure, the signal's reason on abort. */
  async query(query: string, limit?: number, signal?: AbortSignal): Promise<Contact[]> {
    return (await this.queryResult(query, limit, signal)).contacts;
  }

  /** `query`, saying whether the directory had more matches than came back. */
  async queryResult(query: string, limit?: number, signal?: AbortSignal): Promise<SourceSearchResult> {
    signal?.throwIfAborted();
    const { config } = this.options;
    const sizeLimit = Math.max(1, Math.min(limit ?? config.resultLimit, config.resultLimit));
    const filter = buildSearchFilter(query, config.attributes);
    // one entry more than we show: when it comes back, there were more matches than the limit
    const found = await this.run(filter, sizeLimit + 1, signal, config.searchTimeoutMs);
    const contacts = applyContactFilters(found.contacts, this.filters);
    const truncated = found.entries > sizeLimit || found.sizeLimitExceeded;
    return { contacts: contacts.slice(0, sizeLimit), truncated };
  }

  /**
   * Caller ID: the directory's contact with this number (the key from normalizeNumber: E.164 or an
   * extension's digits), whatever format the directory stores it in (ldap-number-lookup.ts).
   * Answers within `lookupTimeoutMs`; a directory failure or timeout answers undefined and shows in
   * `status()`; only an abort by the caller rejects, with the signal's reason.
   */
  async lookupNumber(normalized: string, signal?: AbortSignal): Promise<Contact | undefined> {
    signal?.throwIfAborted();
    const { config } = this.options;
    const filters = numberLookupFilters(normalized, config.attributes);
    if (filters.length === 0) return undefined;
    const country = this.options.defaultCountry?.() ?? '';
    const timeoutMs = this.options.lookupTimeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(timeoutMs);
    const remaining = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      for (const filter of filters) {
        const candidates = await this.run(filter, LOOKUP_CANDIDATES, remaining, timeoutMs, deadline);
        const filtered = applyContactFilters(candidates.contacts, this.filters);
        const found = contactWithNumber(filtered, normalized, country);
        if (found) return found;
      }
      return undefined;
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (error instanceof LdapSourceError) return undefined;
      throw error;
    }
  }

  /**
   * One search on the shared connection, mapped to contacts. Rejects with the signal's reason when
   * `signal` aborts, unless `deadline` (part of `signal`) fired: that is a timeout, recorded in the
   * status and rejected as LdapSourceError like any directory failure.
   */
  private async run(
    filter: Filter,
    sizeLimit: number,
    signal: AbortSignal | undefined,
    timeLimitMs: number,
    deadline?: AbortSignal,
  ): Promise<Found> {
    const { config } = this.options;
    const session = this.currentSession();
    session.inFlight++;
    try {
      const result = await abortable(this.runSearch(session, filter, sizeLimit, timeLimitMs), signal, () =>
        this.retire(session),
      );
      this.lastStatus = { code: 'ok', message: '' };
      const contacts = result.entries
        .map((entry) => contactFromEntry(entry, this.id, config.attributes))
        .filter((contact): contact is Contact => contact !== undefined);
      return { contacts, entries: result.entries.length, sizeLimitExceeded: result.sizeLimitExceeded };
    } catch (error) {
      const timedOut = deadline?.aborted === true;
      if (signal?.aborted && !timedOut) throw abortReason(signal);
      const status = ldapStatusOf(timedOut ? deadline.reason : error, this.server);
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

  private async runSearch(
    session: Session,
    filter: Filter,
    sizeLimit: number,
    timeLimitMs: number,
  ): Promise<{ entries: Entry[]; sizeLimitExceeded: boolean }> {
    const { config, logger } = this.options;
    const client = await session.ready;
    logger.debug(`LDAP ${config.id}: search ${filterToString(filter)} (limit ${sizeLimit})`);
    const result = await client.search(config.baseDn, {
      scope: 'sub',
      filter,
      sizeLimit,
      timeLimit: Math.ceil(timeLimitMs / 1000),
      attributes: requestedAttributes(config.attributes),
    });
    return { entries: result.searchEntries, sizeLimitExceeded: result.sizeLimitExceeded === true };
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
    const tls = await this.options.tls?.();
    const { client: clientOptions, startTls } = ldapConnectionOptions(config, logger, tls);
    const client = this.createClient(clientOptions);
    try {
      // ldapts bounds the TCP connect and each request, not the TLS handshake after StartTLS
      if (startTls) {
        await withTimeout(
          startTlsOn(client, startTls),
          config.connectTimeoutMs,
          `StartTLS timed out after ${config.connectTimeoutMs} ms`,
        );
      }
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

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
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
