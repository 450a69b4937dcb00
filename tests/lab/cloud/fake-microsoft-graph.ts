// A fake of the Microsoft endpoints the Outlook contact source uses, on one HTTP server on 127.0.0.1:
//   GET  /common/oauth2/v2.0/authorize, POST /common/oauth2/v2.0/token  → see fake-oauth.ts
//   GET  /v1.0/me/contacts/delta                                        (graph.microsoft.com)
// The delta query follows learn.microsoft.com/graph/delta-query-overview and graph/api/contact-delta:
// the first request may carry $select; later pages are @odata.nextLink URLs with $skiptoken (the
// parameters are encoded in the token); the last page has @odata.deltaLink with $deltatoken; a delta
// round returns changed contacts whole and deleted ones as `{ "@odata.type", id, "@removed":
// { "reason": "deleted" } }`; page size from `Prefer: odata.maxpagesize`; an expired state is 410 Gone.
// Errors are Graph's `{ "error": { "code", "message", "innerError": { date, request-id,
// client-request-id } } }`; a bad access token is 401 InvalidAuthenticationToken.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { CannedResponse } from './fake-google-api';
import { ChangeLog, listenOnLoopback } from './change-log';
import { decodeToken, encodeToken, FakeOAuth, sendJson } from './fake-oauth';

export const MICROSOFT_FAKE_CLIENT_ID = '00000000-1111-2222-3333-444444444444';

/** A contact as the test writes it: any Graph contact properties except id. */
export type GraphContactData = Record<string, unknown>;

interface RoundState {
  offset: number;
  at: number;
  since: number | null;
  select: string | null;
  gen: number;
}

export interface FakeGraph {
  url: string;
  oauth: FakeOAuth;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  graphBaseUrl: string;
  addContact(contact: GraphContactData): string;
  updateContact(id: string, contact: GraphContactData): void;
  deleteContact(id: string): void;
  /** Every delta and skip token issued so far becomes unknown (410 Gone). */
  expireDeltaTokens(): void;
  cannedResponses: CannedResponse[];
  /** Request URLs (path and query) and Prefer headers of the delta requests seen. */
  deltaRequests: { url: string; prefer: string | undefined }[];
  stop(): Promise<void>;
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const oauth = new FakeOAuth({
    flavour: 'microsoft',
    clientId: MICROSOFT_FAKE_CLIENT_ID,
    requiredScopes: ['Contacts.Read', 'offline_access'],
  });
  const log = new ChangeLog<GraphContactData>();
  const cannedResponses: CannedResponse[] = [];
  const deltaRequests: { url: string; prefer: string | undefined }[] = [];
  let base = '';

  const delta = (request: IncomingMessage, url: URL, response: ServerResponse): void => {
    if (!oauth.acceptsBearer(request)) {
      return sendJson(
        response,
        401,
        graphError('InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.'),
        {
          'www-authenticate':
            'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
        },
      );
    }
    const prefer = [request.headers['prefer'] ?? []].flat().join(', ') || undefined;
    deltaRequests.push({ url: request.url ?? '', prefer });
    const canned = cannedResponses.shift();
    if (canned) {
      response
        .writeHead(canned.status, { 'content-type': 'application/json; charset=utf-8' })
        .end(canned.body);
      return;
    }
    const q = url.searchParams;
    const token = q.get('$skiptoken') ?? q.get('$deltatoken');
    let state: RoundState;
    if (token) {
      const decoded = decodeToken<RoundState>(token);
      if (!decoded || decoded.gen !== log.generation) {
        return sendJson(
          response,
          410,
          graphError('SyncStateNotFound', 'The sync state generation is not found.'),
        );
      }
      state = q.has('$deltatoken') ? { ...decoded, offset: 0, since: decoded.at, at: log.seq } : decoded;
    } else {
      state = { offset: 0, at: log.seq, since: null, select: q.get('$select'), gen: log.generation };
    }
    const pageSize = Number(/odata\.maxpagesize=(\d+)/.exec(prefer ?? '')?.[1] ?? '10');
    const matching = log.changes(state.since, state.at).sort(([, a], [, b]) => a.seq - b.seq);
    const page = matching.slice(state.offset, state.offset + pageSize);
    const select = state.select ? new Set(state.select.split(',')) : undefined;
    const value = page.map(([id, e]) =>
      e.deleted
        ? { '@odata.type': '#microsoft.graph.contact', id, '@removed': { reason: 'deleted' } }
        : {
            '@odata.type': '#microsoft.graph.contact',
            '@odata.etag': `W/"${Buffer.from(String(e.seq)).toString('base64')}"`,
            id,
            ...Object.fromEntries(Object.entries(e.data).filter(([key]) => !select || select.has(key))),
          },
    );
    const body: Record<string, unknown> = {
      '@odata.context': `${base}/v1.0/$metadata#Collection(contact)`,
    };
    if (state.offset + pageSize < matching.length) {
      body['@odata.nextLink'] =
        `${base}/v1.0/me/contacts/delta?$skiptoken=${encodeToken({ ...state, offset: state.offset + pageSize })}`;
    } else {
      body['@odata.deltaLink'] =
        `${base}/v1.0/me/contacts/delta?$deltatoken=${encodeToken({ ...state, offset: 0, since: null })}`;
    }
    body['value'] = value;
    sendJson(response, 200, body, { 'preference-applied': `odata.maxpagesize=${pageSize}` });
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /common/oauth2/v2.0/authorize') return oauth.authorize(url, response);
    if (route === 'POST /common/oauth2/v2.0/token') return void oauth.token(request, response);
    if (route === 'GET /v1.0/me/contacts/delta') return delta(request, url, response);
    sendJson(response, 404, graphError('ResourceNotFound', 'Resource not found for the segment.'));
  });
  const listening = await listenOnLoopback(server);
  base = listening.url;

  return {
    url: base,
    oauth,
    authorizationEndpoint: `${base}/common/oauth2/v2.0/authorize`,
    tokenEndpoint: `${base}/common/oauth2/v2.0/token`,
    graphBaseUrl: `${base}/v1.0`,
    cannedResponses,
    deltaRequests,
    addContact(contact) {
      const id = `AAMkAG${randomUUID().replace(/-/g, '')}`;
      log.put(id, contact);
      return id;
    },
    updateContact: (id, contact) => log.put(id, contact),
    deleteContact: (id) => log.delete(id),
    expireDeltaTokens: () => log.expire(),
    stop: listening.stop,
  };
}

function graphError(code: string, message: string): object {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString(),
        'request-id': randomUUID(),
        'client-request-id': randomUUID(),
      },
    },
  };
}
