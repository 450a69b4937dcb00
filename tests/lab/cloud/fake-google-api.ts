// A fake of the Google endpoints the Google contact source uses, on one HTTP server on 127.0.0.1:
//   GET  /o/oauth2/v2/auth              (accounts.google.com)   → see fake-oauth.ts
//   POST /token, POST /revoke           (oauth2.googleapis.com) → see fake-oauth.ts
//   GET  /v1/people/me/connections      (people.googleapis.com)
// people.connections.list follows developers.google.com/people/api/rest/v1/people.connections/list:
// personFields is required; pageSize 1–1000 (default 100); pageToken/syncToken requests must repeat
// the first call's parameters; the last page has nextSyncToken when requestSyncToken=true; with a
// syncToken, deleted contacts come as `{ resourceName, etag, metadata: { deleted: true } }`; an expired
// sync token is 410 with a google.rpc.ErrorInfo reason EXPIRED_SYNC_TOKEN; a bad access token is 401
// UNAUTHENTICATED. Error JSON is Google's `{ "error": { "code", "message", "status", "details"? } }`.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { ChangeLog, listenOnLoopback } from './change-log';
import { decodeToken, encodeToken, FakeOAuth, sendJson } from './fake-oauth';

export const GOOGLE_FAKE_CLIENT_ID = 'fake-desktop-client.apps.googleusercontent.com';
export const GOOGLE_FAKE_CLIENT_SECRET = 'GOCSPX-fake-installed-app-secret';

/** A Person as the test writes it: any People API fields except resourceName, etag and metadata. */
export type PersonData = Record<string, unknown>;

interface PageState {
  offset: number;
  at: number;
  since: number | null;
  personFields: string;
  pageSize: number;
}

/** One canned answer for the next connections request, for malformed-response tests. */
export interface CannedResponse {
  status: number;
  body: string;
}

export interface FakeGoogle {
  url: string;
  oauth: FakeOAuth;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  revocationEndpoint: string;
  apiBaseUrl: string;
  addPerson(person: PersonData): string;
  updatePerson(resourceName: string, person: PersonData): void;
  deletePerson(resourceName: string): void;
  /** Every sync token issued so far expires (as after 7 days). */
  expireSyncTokens(): void;
  /** Answers the next connections requests with these, in order, before normal service resumes. */
  cannedResponses: CannedResponse[];
  /** Query strings of the connections requests seen. */
  listRequests: URLSearchParams[];
  stop(): Promise<void>;
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const oauth = new FakeOAuth({
    flavour: 'google',
    clientId: GOOGLE_FAKE_CLIENT_ID,
    clientSecret: GOOGLE_FAKE_CLIENT_SECRET,
    requiredScopes: ['https://www.googleapis.com/auth/contacts.readonly'],
  });
  const log = new ChangeLog<PersonData>();
  const cannedResponses: CannedResponse[] = [];
  const listRequests: URLSearchParams[] = [];

  const list = (request: IncomingMessage, url: URL, response: ServerResponse): void => {
    if (!oauth.acceptsBearer(request)) {
      return sendJson(
        response,
        401,
        googleError(
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        ),
        { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
      );
    }
    const q = url.searchParams;
    listRequests.push(q);
    const canned = cannedResponses.shift();
    if (canned) {
      response
        .writeHead(canned.status, { 'content-type': 'application/json; charset=utf-8' })
        .end(canned.body);
      return;
    }
    const personFields = q.get('personFields') ?? '';
    if (!personFields)
      return sendJson(
        response,
        400,
        googleError(
          400,
          'INVALID_ARGUMENT',
          'personFields mask is required. Please specify one or more valid paths.',
        ),
      );
    const pageSize = Number(q.get('pageSize') ?? '100') || 100;
    if (pageSize < 1 || pageSize > 1000)
      return sendJson(response, 400, googleError(400, 'INVALID_ARGUMENT', 'Invalid pageSize.'));
    let state: PageState;
    const pageToken = q.get('pageToken');
    const syncToken = q.get('syncToken');
    if (pageToken) {
      const decoded = decodeToken<PageState>(pageToken);
      if (!decoded || decoded.personFields !== personFields || decoded.pageSize !== pageSize) {
        return sendJson(
          response,
          400,
          googleError(
            400,
            'INVALID_ARGUMENT',
            'Parameters provided with a page token must match the first call.',
          ),
        );
      }
      state = decoded;
    } else {
      let since: number | null = null;
      if (syncToken) {
        const decoded = decodeToken<{ seq: number; gen: number }>(syncToken);
        if (!decoded || decoded.gen !== log.generation) {
          return sendJson(response, 410, {
            error: {
              code: 410,
              message: 'Sync token is expired. Clear local cache and retry call without the sync token.',
              status: 'FAILED_PRECONDITION',
              details: [
                {
                  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                  reason: 'EXPIRED_SYNC_TOKEN',
                  domain: 'people.googleapis.com',
                },
              ],
            },
          });
        }
        since = decoded.seq;
      }
      state = { offset: 0, at: log.seq, since, personFields, pageSize };
    }
    const matching = log.changes(state.since, state.at).sort(([a], [b]) => a.localeCompare(b));
    const page = matching.slice(state.offset, state.offset + pageSize);
    const fields = new Set(personFields.split(','));
    const connections = page.map(([resourceName, e]) =>
      e.deleted
        ? { resourceName, etag: etag(e.seq), metadata: { deleted: true } }
        : {
            resourceName,
            etag: etag(e.seq),
            ...Object.fromEntries(Object.entries(e.data).filter(([key]) => fields.has(key))),
            ...(fields.has('metadata')
              ? {
                  metadata: {
                    sources: [{ type: 'CONTACT', id: resourceName.slice('people/'.length) }],
                    objectType: 'PERSON',
                  },
                }
              : {}),
          },
    );
    const more = state.offset + pageSize < matching.length;
    const body: Record<string, unknown> = {};
    if (connections.length > 0) body['connections'] = connections;
    if (more) body['nextPageToken'] = encodeToken({ ...state, offset: state.offset + pageSize });
    else if (q.get('requestSyncToken') === 'true')
      body['nextSyncToken'] = encodeToken({ seq: state.at, gen: log.generation });
    if (state.since === null) body['totalItems'] = matching.length;
    sendJson(response, 200, body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /o/oauth2/v2/auth') return oauth.authorize(url, response);
    if (route === 'POST /token') return void oauth.token(request, response);
    if (route === 'POST /revoke') return void oauth.revoke(request, url, response);
    if (route === 'GET /v1/people/me/connections') return list(request, url, response);
    sendJson(response, 404, googleError(404, 'NOT_FOUND', 'Requested entity was not found.'));
  });
  const { url, stop } = await listenOnLoopback(server);

  return {
    url,
    oauth,
    authorizationEndpoint: `${url}/o/oauth2/v2/auth`,
    tokenEndpoint: `${url}/token`,
    revocationEndpoint: `${url}/revoke`,
    apiBaseUrl: url,
    cannedResponses,
    listRequests,
    addPerson(person) {
      const resourceName = `people/c${randomBytes(8).readBigUInt64BE().toString()}`;
      log.put(resourceName, person);
      return resourceName;
    },
    updatePerson: (resourceName, person) => log.put(resourceName, person),
    deletePerson: (resourceName) => log.delete(resourceName),
    expireSyncTokens: () => log.expire(),
    stop,
  };
}

function googleError(code: number, status: string, message: string): object {
  return { error: { code, message, status } };
}

function etag(seq: number): string {
  return `%Eg${Buffer.from(String(seq)).toString('base64')}`;
}
