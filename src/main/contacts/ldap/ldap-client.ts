import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConnectionOptions } from 'node:tls';
import {
  Client,
  MessageResponseStatus,
  SearchResponse,
  type ClientOptions,
  type SearchOptions,
  type SearchResult,
} from 'ldapts';

/** A search's entries, and whether the server stopped at a size limit (result code 4). */
export interface LdapSearchResult extends SearchResult {
  /** Absent from clients that cannot tell (test fakes); read as false. */
  sizeLimitExceeded?: boolean;
}

/** The part of ldapts' Client we use, so tests can hand in a fake. */
export interface LdapClient {
  readonly isConnected: boolean;
  readonly isBound: boolean;
  startTLS(options?: ConnectionOptions): Promise<void>;
  bind(dn: string, password?: string): Promise<void>;
  search(baseDn: string, options: SearchOptions): Promise<LdapSearchResult>;
  unbind(): Promise<void>;
}

/** The search running in the current async context notes result code 4 here. */
const searchOutcome = new AsyncLocalStorage<{ sizeLimitExceeded: boolean }>();

interface ClientInternals {
  _send?: (message: unknown) => Promise<unknown>;
}

/**
 * ldapts' Client, telling whether a search stopped at a size limit. ldapts answers a search with a
 * size limit and result code 4 with the entries but drops the code, so the server's own limit
 * (slapd's `sizelimit`, Active Directory's MaxPageSize) would cut the list without a word. The
 * code is read from the search's response as it arrives; the integration test against slapd
 * (ldap-size-limit.test.ts) fails if an ldapts update moves it.
 */
export function createLdapClient(options: ClientOptions): LdapClient {
  const client = new Client(options);
  const internals = client as unknown as ClientInternals;
  const send = internals._send;
  if (typeof send === 'function') {
    internals._send = async (message) => {
      const response = await send.call(client, message);
      if (response instanceof SearchResponse && response.status === MessageResponseStatus.SizeLimitExceeded) {
        const outcome = searchOutcome.getStore();
        if (outcome) outcome.sizeLimitExceeded = true;
      }
      return response;
    };
  }
  return {
    get isConnected() {
      return client.isConnected;
    },
    get isBound() {
      return client.isBound;
    },
    startTLS: (tlsOptions) => client.startTLS(tlsOptions),
    bind: (dn, password) => client.bind(dn, password),
    async search(baseDn, searchOptions) {
      const outcome = { sizeLimitExceeded: false };
      const result = await searchOutcome.run(outcome, () => client.search(baseDn, searchOptions));
      return { ...result, sizeLimitExceeded: outcome.sizeLimitExceeded };
    },
    unbind: () => client.unbind(),
  };
}
