/**
 * Reads the signed-in user's Google contacts with the People API's people.connections.list
 * (https://developers.google.com/people/api/rest/v1/people.connections/list):
 *
 * - full sync: no syncToken, requestSyncToken=true; pages follow nextPageToken; the last page carries
 *   nextSyncToken, the state for the next sync.
 * - incremental sync: syncToken=<state>; changed contacts come whole, deleted ones as a Person with
 *   metadata.deleted = true.
 * - sync tokens expire (7 days after the full sync): the API answers 410 with google.rpc.ErrorInfo
 *   reason EXPIRED_SYNC_TOKEN, and we do a full sync instead, as the documentation says to.
 * - "When the pageToken or syncToken is specified, all other request parameters must match the first
 *   call", so every page repeats personFields, pageSize and requestSyncToken.
 */
import type { Logger } from '../../log/logger';
import { apiStatusError, malformedAnswer } from '../oauth/api-status';
import type { CloudContact, CloudSyncResult } from '../oauth/cloud-sync-result';
import { hostOf, isRecord, stringField } from '../oauth/http-json';
import type { OAuthSession, RevokeResult } from '../oauth/oauth-session';
import { GOOGLE_PERSON_FIELDS, googlePersonId, isDeletedPerson, mapGooglePerson } from './google-person';

export interface GoogleContactsClientOptions {
  /** An OAuthSession built with googleOAuthProvider(). */
  session: OAuthSession;
  /** Default https://people.googleapis.com */
  apiBaseUrl?: string;
  /** 1–1000; default 1000 (the API's maximum). */
  pageSize?: number;
  /** Upper bound on pages per sync, against a server that never stops paging; default 1000. */
  maxPages?: number;
  logger?: Logger;
}

export const GOOGLE_PEOPLE_API = 'https://people.googleapis.com';

class ExpiredSyncToken extends Error {}

export class GoogleContactsClient {
  private readonly baseUrl: string;

  constructor(private readonly options: GoogleContactsClientOptions) {
    this.baseUrl = (options.apiBaseUrl ?? GOOGLE_PEOPLE_API).replace(/\/+$/, '');
  }

  /** A full sync without `state`, else an incremental one (full when the token has expired). */
  async sync(state?: string, signal?: AbortSignal): Promise<CloudSyncResult> {
    if (state) {
      try {
        return await this.run(state, signal);
      } catch (error) {
        if (!(error instanceof ExpiredSyncToken)) throw error;
        this.options.logger?.info('Google sync token expired; doing a full sync');
      }
    }
    return this.run(undefined, signal);
  }

  /** Revokes the refresh token at Google and deletes it from the SecretStore. */
  revoke(signal?: AbortSignal): Promise<RevokeResult> {
    return this.options.session.revoke(signal);
  }

  private async run(syncToken: string | undefined, signal?: AbortSignal): Promise<CloudSyncResult> {
    const changed = new Map<string, CloudContact>();
    const removed = new Set<string>();
    let pageToken: string | undefined;
    let nextSyncToken: string | undefined;
    const maxPages = this.options.maxPages ?? 1000;
    for (let page = 0; ; page++) {
      if (page >= maxPages) throw this.malformed(`more than ${maxPages} pages of contacts`);
      const body = await this.fetchPage(syncToken, pageToken, signal);
      for (const person of body.connections) {
        const id = googlePersonId(person);
        if (!id) {
          this.options.logger?.warn('Google Contacts: skipped a contact without resourceName');
          continue;
        }
        if (syncToken && isDeletedPerson(person)) {
          changed.delete(id);
          removed.add(id);
          continue;
        }
        const contact = mapGooglePerson(person);
        if (contact) {
          changed.set(id, contact);
          removed.delete(id);
        }
      }
      nextSyncToken = body.nextSyncToken ?? nextSyncToken;
      if (!body.nextPageToken) break;
      if (body.nextPageToken === pageToken) throw this.malformed('the same page token twice');
      pageToken = body.nextPageToken;
    }
    const contacts = [...changed.values()];
    if (!syncToken) return { kind: 'full', contacts, syncState: nextSyncToken };
    return { kind: 'delta', upserts: contacts, removedIds: [...removed], syncState: nextSyncToken };
  }

  private async fetchPage(
    syncToken: string | undefined,
    pageToken: string | undefined,
    signal?: AbortSignal,
  ): Promise<{ connections: unknown[]; nextPageToken?: string; nextSyncToken?: string }> {
    const url = new URL(`${this.baseUrl}/v1/people/me/connections`);
    url.searchParams.set('personFields', GOOGLE_PERSON_FIELDS);
    url.searchParams.set('pageSize', String(this.options.pageSize ?? 1000));
    url.searchParams.set('requestSyncToken', 'true');
    if (syncToken) url.searchParams.set('syncToken', syncToken);
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const response = await this.options.session.authorizedRequest({
      url: url.toString(),
      ...(signal ? { signal } : {}),
    });
    if (syncToken && !pageToken && isExpiredSyncToken(response.status, response.body)) {
      throw new ExpiredSyncToken();
    }
    if (response.status !== 200) {
      throw apiStatusError('Google Contacts', hostOf(this.baseUrl), response.status);
    }
    const body = response.body;
    if (!isRecord(body)) throw this.malformed('an answer that is not a JSON object');
    const connections = body['connections'] ?? [];
    if (!Array.isArray(connections)) throw this.malformed('"connections" that is not a list');
    const nextPageToken = body['nextPageToken'];
    const nextSyncToken = body['nextSyncToken'];
    if (nextPageToken !== undefined && typeof nextPageToken !== 'string') {
      throw this.malformed('a "nextPageToken" that is not text');
    }
    if (nextSyncToken !== undefined && typeof nextSyncToken !== 'string') {
      throw this.malformed('a "nextSyncToken" that is not text');
    }
    return {
      connections,
      ...(nextPageToken ? { nextPageToken } : {}),
      ...(nextSyncToken ? { nextSyncToken } : {}),
    };
  }

  private malformed(what: string): Error {
    return malformedAnswer('Google Contacts', hostOf(this.baseUrl), what);
  }
}

/**
 * 410 GONE, or any error whose google.rpc.ErrorInfo says EXPIRED_SYNC_TOKEN (Google's error JSON:
 * `{ "error": { "code", "message", "status", "details": [{ "@type": ".../google.rpc.ErrorInfo",
 * "reason": "EXPIRED_SYNC_TOKEN" }] } }`).
 */
export function isExpiredSyncToken(status: number, body: unknown): boolean {
  if (status === 410) return true;
  if (status < 400 || !isRecord(body) || !isRecord(body['error'])) return false;
  const details = body['error']['details'];
  return (
    Array.isArray(details) &&
    details.some((detail) => isRecord(detail) && stringField(detail, 'reason') === 'EXPIRED_SYNC_TOKEN')
  );
}
