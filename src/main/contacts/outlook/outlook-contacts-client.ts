/**
 * Reads the signed-in user's Outlook contacts (Outlook.com, Microsoft 365) with Microsoft Graph's
 * delta query (https://learn.microsoft.com/graph/delta-query-overview, contact: delta):
 *
 * - full sync: GET /me/contacts/delta?$select=…; pages follow @odata.nextLink until a page carries
 *   @odata.deltaLink, which is the state for the next sync (the whole URL, as Graph says to keep it).
 * - incremental sync: GET <deltaLink>; changed contacts come whole, deleted ones as
 *   `{ id, "@removed": { reason } }`; the same contact may appear more than once, the last one wins.
 * - an expired or unknown state answers 410 Gone (error code syncStateNotFound / resyncRequired):
 *   we do a full sync instead.
 * - `Prefer: odata.maxpagesize=N` sets the page size.
 *
 * Links are followed only on the configured Graph origin, so the bearer token never goes elsewhere,
 * whatever a stored state or a server answer says.
 */
import type { Logger } from '../../log/logger';
import { apiStatusError, malformedAnswer } from '../oauth/api-status';
import type { CloudContact, CloudSyncResult } from '../oauth/cloud-sync-result';
import { hostOf, isRecord, stringField } from '../oauth/http-json';
import type { OAuthSession, RevokeResult } from '../oauth/oauth-session';
import { GRAPH_CONTACT_SELECT, graphContactId, isRemovedItem, mapGraphContact } from './graph-contact';

export interface OutlookContactsClientOptions {
  /** An OAuthSession built with microsoftOAuthProvider(). */
  session: OAuthSession;
  /** Default https://graph.microsoft.com/v1.0 */
  graphBaseUrl?: string;
  /**
   * Default /me/contacts/delta (the default contacts folder). The documented per-folder form is
   * /me/contactFolders/{id}/contacts/delta.
   */
  deltaPath?: string;
  /** Prefer: odata.maxpagesize; default 200. */
  pageSize?: number;
  /** Upper bound on pages per sync; default 1000. */
  maxPages?: number;
  logger?: Logger;
}

export const MICROSOFT_GRAPH_API = 'https://graph.microsoft.com/v1.0';
const SERVICE = 'Outlook contacts';

class ExpiredDeltaLink extends Error {}

export class OutlookContactsClient {
  private readonly baseUrl: string;
  private readonly origin: string;

  constructor(private readonly options: OutlookContactsClientOptions) {
    this.baseUrl = (options.graphBaseUrl ?? MICROSOFT_GRAPH_API).replace(/\/+$/, '');
    this.origin = new URL(this.baseUrl).origin;
  }

  /** A full sync without `state`, else an incremental one (full when the delta link has expired). */
  async sync(state?: string, signal?: AbortSignal): Promise<CloudSyncResult> {
    if (state) {
      if (!this.isOwnLink(state)) {
        this.options.logger?.warn(
          'Outlook contacts: the stored delta link is not a Graph address; doing a full sync',
        );
      } else {
        try {
          return await this.run(state, true, signal);
        } catch (error) {
          if (!(error instanceof ExpiredDeltaLink)) throw error;
          this.options.logger?.info('Outlook delta link expired; doing a full sync');
        }
      }
    }
    // Written as the Graph documentation shows it ($select=a,b); URLSearchParams would send %24select.
    const first = `${this.baseUrl}${this.options.deltaPath ?? '/me/contacts/delta'}?$select=${GRAPH_CONTACT_SELECT}`;
    return this.run(first, false, signal);
  }

  /**
   * Forgets the refresh token (deletes it from the SecretStore). Microsoft has no token revocation
   * endpoint for public clients; the result says 'notSupported' and the user removes the app's
   * consent at https://myaccount.microsoft.com (work/school) or https://account.live.com/consent/Manage.
   */
  revoke(signal?: AbortSignal): Promise<RevokeResult> {
    return this.options.session.revoke(signal);
  }

  private async run(startUrl: string, incremental: boolean, signal?: AbortSignal): Promise<CloudSyncResult> {
    const changed = new Map<string, CloudContact>();
    const removed = new Set<string>();
    const maxPages = this.options.maxPages ?? 1000;
    let url = startUrl;
    let deltaLink: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= maxPages) throw this.malformed(`more than ${maxPages} pages of contacts`);
      const body = await this.fetchPage(url, incremental, signal);
      for (const item of body.items) {
        const id = graphContactId(item);
        if (!id) {
          this.options.logger?.warn('Outlook contacts: skipped a contact without id');
          continue;
        }
        if (isRemovedItem(item)) {
          changed.delete(id);
          removed.add(id);
          continue;
        }
        const contact = mapGraphContact(item);
        if (contact) {
          changed.set(id, contact);
          removed.delete(id);
        }
      }
      if (body.deltaLink) {
        deltaLink = body.deltaLink;
        break;
      }
      if (!body.nextLink) throw this.malformed('a page with neither @odata.nextLink nor @odata.deltaLink');
      if (body.nextLink === url) throw this.malformed('a next link that points to the same page');
      url = body.nextLink;
    }
    const contacts = [...changed.values()];
    if (!incremental) return { kind: 'full', contacts, syncState: deltaLink };
    return { kind: 'delta', upserts: contacts, removedIds: [...removed], syncState: deltaLink };
  }

  private async fetchPage(
    url: string,
    incremental: boolean,
    signal?: AbortSignal,
  ): Promise<{ items: unknown[]; nextLink?: string; deltaLink?: string }> {
    const response = await this.options.session.authorizedRequest({
      url,
      headers: { prefer: `odata.maxpagesize=${this.options.pageSize ?? 200}` },
      ...(signal ? { signal } : {}),
    });
    if (incremental && isExpiredDeltaState(response.status, response.body)) throw new ExpiredDeltaLink();
    if (response.status !== 200) throw apiStatusError(SERVICE, hostOf(this.baseUrl), response.status);
    const body = response.body;
    if (!isRecord(body)) throw this.malformed('an answer that is not a JSON object');
    const items = body['value'];
    if (!Array.isArray(items)) throw this.malformed('an answer without a "value" list');
    const nextLink = this.link(body, '@odata.nextLink');
    const deltaLink = this.link(body, '@odata.deltaLink');
    return { items, ...(nextLink ? { nextLink } : {}), ...(deltaLink ? { deltaLink } : {}) };
  }

  private link(body: Record<string, unknown>, name: string): string | undefined {
    if (body[name] === undefined) return undefined;
    const link = stringField(body, name);
    if (!link || !this.isOwnLink(link)) throw this.malformed(`an ${name} outside ${hostOf(this.baseUrl)}`);
    return link;
  }

  private isOwnLink(link: string): boolean {
    try {
      const url = new URL(link);
      return url.origin === this.origin && url.href.startsWith(`${this.baseUrl}/`);
    } catch {
      return false;
    }
  }

  private malformed(what: string): Error {
    return malformedAnswer(SERVICE, hostOf(this.baseUrl), what);
  }
}

const expiredCodes = new Set(['syncstatenotfound', 'syncstateinvalid', 'resyncrequired']);

/**
 * Graph's error JSON is `{ "error": { "code": "...", "message": "...", "innerError": {…} } }`; an
 * expired delta state is 410 Gone, and the codes below name it on other statuses too.
 */
export function isExpiredDeltaState(status: number, body: unknown): boolean {
  if (status === 410) return true;
  if (status < 400 || !isRecord(body) || !isRecord(body['error'])) return false;
  const code = stringField(body['error'], 'code');
  return code !== undefined && expiredCodes.has(code.toLowerCase());
}
