// The Google contact source against the lab's fake Google (tests/lab/cloud/fake-google-api.ts): a
// real loopback sign-in with PKCE, paging, sync tokens, token refresh and revocation over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GoogleContactsClient } from '../../../src/main/contacts/google/google-contacts-client';
import { CloudContactsError } from '../../../src/main/contacts/oauth/cloud-contacts-error';
import { googleOAuthProvider, refreshTokenSecretKey } from '../../../src/main/contacts/oauth/oauth-provider';
import { OAuthSession } from '../../../src/main/contacts/oauth/oauth-session';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import type { FakeGoogle, PersonData } from '../../lab/cloud/fake-google-api';
import {
  GOOGLE_FAKE_CLIENT_ID,
  GOOGLE_FAKE_CLIENT_SECRET,
  startFakeGoogle,
} from '../../lab/cloud/fake-google-api';
import { consentInBrowser } from '../../lab/cloud/consenting-browser';
import { requireLab } from '../../lab/secret-service';

requireLab();

const SOURCE = 'google:work';
let google: FakeGoogle;

beforeAll(async () => {
  google = await startFakeGoogle();
});

afterAll(async () => {
  await google.stop();
});

const person = (
  given: string,
  family: string,
  phones: [string, string][],
  extra: PersonData = {},
): PersonData => ({
  names: [
    { metadata: { primary: true }, displayName: `${given} ${family}`, givenName: given, familyName: family },
  ],
  phoneNumbers: phones.map(([value, type]) => ({ value, type, formattedType: type })),
  ...extra,
});

/** What the user's browser does: open the URL, consent, follow the redirect to the loopback listener. */
const pages: string[] = [];
async function consentingBrowser(url: string): Promise<void> {
  pages.push(await consentInBrowser(url));
}

/** Token values the session handed to the log redactor. */
const redacted = new Set<string>();

function setUp(secrets = new MemorySecretStore(), clientId = GOOGLE_FAKE_CLIENT_ID) {
  const session = new OAuthSession({
    sourceId: SOURCE,
    onSecret: (value) => redacted.add(value),
    provider: googleOAuthProvider({
      authorizationEndpoint: google.authorizationEndpoint,
      tokenEndpoint: google.tokenEndpoint,
      revocationEndpoint: google.revocationEndpoint,
      clientId,
      clientSecret: GOOGLE_FAKE_CLIENT_SECRET,
    }),
    secrets,
  });
  const client = new GoogleContactsClient({ session, apiBaseUrl: google.apiBaseUrl, pageSize: 2 });
  return { session, client, secrets };
}

async function signedIn() {
  const setup = setUp();
  await setup.session.signIn({ openBrowser: consentingBrowser });
  return setup;
}

beforeEach(() => {
  google.oauth.consent = 'allow';
  google.cannedResponses.length = 0;
});

describe('Google sign-in', () => {
  it('signs in through the browser with PKCE and keeps only the refresh token in the SecretStore', async () => {
    const { session, secrets } = setUp();
    let opened = '';
    await session.signIn({
      openBrowser: async (url) => {
        opened = url;
        await consentingBrowser(url);
      },
    });

    const query = new URL(opened).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      response_type: 'code',
      client_id: GOOGLE_FAKE_CLIENT_ID,
      scope: 'https://www.googleapis.com/auth/contacts.readonly',
      code_challenge_method: 'S256',
      access_type: 'offline',
      prompt: 'consent',
    });
    expect(query.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(pages.at(-1)).toContain('You can close this window');
    expect(pages.at(-1)).toContain('Sie können dieses Fenster schließen');

    const stored = await secrets.get(refreshTokenSecretKey(SOURCE));
    expect(stored).toBeDefined();
    expect(google.oauth.hasRefreshToken(stored ?? '')).toBe(true);
    expect(redacted.has(stored ?? '')).toBe(true);
    expect([...redacted].some((value) => value.startsWith('at-'))).toBe(true);
    expect(await session.isSignedIn()).toBe(true);
    expect(google.oauth.tokenRequests.at(-1)).toEqual({
      grantType: 'authorization_code',
      fields: ['client_id', 'client_secret', 'code', 'code_verifier', 'grant_type', 'redirect_uri'],
    });
  });

  it('reports a declined consent as an auth error and stores nothing', async () => {
    google.oauth.consent = 'deny';
    const { session, secrets } = setUp();
    const failure = await session.signIn({ openBrowser: consentingBrowser }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CloudContactsError);
    expect(failure).toMatchObject({
      code: 'auth',
      message: expect.stringContaining('access was not granted') as string,
    });
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBeUndefined();
  });

  it('refuses to start without a client id', async () => {
    const { session } = setUp(new MemorySecretStore(), '');
    await expect(session.signIn({ openBrowser: consentingBrowser })).rejects.toMatchObject({
      code: 'config',
    });
  });
});

describe('Google contacts sync', () => {
  it('pages through a full sync, then applies an added, a changed and a deleted contact', async () => {
    const ids = [
      google.addPerson(
        person(
          'Jürgen',
          'Weiß',
          [
            ['+49 30 1234567', 'work'],
            ['0170 1234567', 'mobile'],
          ],
          {
            emailAddresses: [{ value: 'jw@example.com', metadata: { primary: true } }],
            organizations: [{ name: 'ACME', department: 'Vertrieb' }],
          },
        ),
      ),
      google.addPerson(person('Anna', 'Schmidt', [['+49 89 555', 'homeFax']])),
      google.addPerson(person('Bob', 'Jones', [['+1 202 555 0100', 'home']])),
    ];
    const { client } = await signedIn();
    const before = google.listRequests.length;

    const full = await client.sync();
    expect(google.listRequests.length - before).toBe(2); // 3 people, pageSize 2
    expect(full.kind).toBe('full');
    if (full.kind !== 'full') return;
    expect(full.syncState).toEqual(expect.any(String) as string);
    const jw = full.contacts.find((c) => c.id === ids[0]);
    expect(jw).toEqual({
      id: ids[0],
      firstName: 'Jürgen',
      lastName: 'Weiß',
      displayName: 'Jürgen Weiß',
      company: 'ACME',
      department: 'Vertrieb',
      email: 'jw@example.com',
      phones: [
        { type: 'work', number: '+49 30 1234567' },
        { type: 'mobile', number: '0170 1234567' },
      ],
    });
    expect(full.contacts.find((c) => c.id === ids[1])?.phones).toEqual([
      { type: 'fax', number: '+49 89 555' },
    ]);

    const added = google.addPerson(person('Carla', 'Neu', [['201', 'work']]));
    google.updatePerson(ids[1] ?? '', person('Anna', 'Schmidt-Meyer', [['+49 89 556', 'mobile']]));
    google.deletePerson(ids[2] ?? '');
    const delta = await client.sync(full.syncState);
    expect(delta.kind).toBe('delta');
    if (delta.kind !== 'delta') return;
    expect(delta.upserts.map((c) => c.id).sort()).toEqual([added, ids[1]].sort());
    expect(delta.upserts.find((c) => c.id === ids[1])?.lastName).toBe('Schmidt-Meyer');
    expect(delta.removedIds).toEqual([ids[2]]);
    expect(delta.syncState).not.toBe(full.syncState);

    const nothing = await client.sync(delta.syncState);
    expect(nothing).toMatchObject({ kind: 'delta', upserts: [], removedIds: [] });
  });

  it('falls back to a full sync when the sync token has expired', async () => {
    const { client } = await signedIn();
    const first = await client.sync();
    google.expireSyncTokens();
    const again = await client.sync(first.syncState);
    expect(again.kind).toBe('full');
    expect(again.syncState).toEqual(expect.any(String) as string);
    expect(await client.sync(again.syncState)).toMatchObject({ kind: 'delta' });
  });

  it('refreshes an expired access token once and goes on', async () => {
    const { client } = await signedIn();
    await client.sync();
    google.oauth.expireAccessTokens();
    const refreshesBefore = google.oauth.tokenRequests.filter((r) => r.grantType === 'refresh_token').length;
    await expect(client.sync()).resolves.toMatchObject({ kind: 'full' });
    const refreshes = google.oauth.tokenRequests.filter((r) => r.grantType === 'refresh_token');
    expect(refreshes.length - refreshesBefore).toBe(1);
    expect(refreshes.at(-1)?.fields).toEqual(['client_id', 'client_secret', 'grant_type', 'refresh_token']);
  });

  it('says clearly that access was revoked and forgets the dead refresh token', async () => {
    const { client, session, secrets } = await signedIn();
    await client.sync();
    google.oauth.revokeAll();
    const failure = await client.sync().catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'revoked',
      message: expect.stringMatching(
        /^Google Contacts: access was revoked or has expired.*Sign in again/,
      ) as string,
    });
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBeUndefined();
    expect(await session.isSignedIn()).toBe(false);
  });

  it('revokes the token at Google and deletes the secret on delete', async () => {
    const { client, secrets } = await signedIn();
    const token = (await secrets.get(refreshTokenSecretKey(SOURCE))) ?? '';
    const revokesBefore = google.oauth.revokeRequests;
    await expect(client.revoke()).resolves.toEqual({ remote: 'revoked' });
    expect(google.oauth.revokeRequests - revokesBefore).toBe(1);
    expect(google.oauth.hasRefreshToken(token)).toBe(false);
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBeUndefined();
    await expect(client.sync()).rejects.toMatchObject({ code: 'auth' });
  });

  it('turns malformed and failing answers into clear errors without a token in the message', async () => {
    const { client, secrets } = await signedIn();
    const token = (await secrets.get(refreshTokenSecretKey(SOURCE))) ?? '';
    const cases: [number, string, string][] = [
      [200, '<html>not json</html>', 'invalid'],
      [200, '{"connections": "nope"}', 'invalid'],
      [200, '[1,2,3]', 'invalid'],
      [200, '{"connections": [], "nextPageToken": 42}', 'invalid'],
      [
        503,
        '{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}',
        'server',
      ],
      [403, '{"error":{"code":403,"message":"denied","status":"PERMISSION_DENIED"}}', 'auth'],
    ];
    for (const [status, body, code] of cases) {
      google.cannedResponses.push({ status, body });
      const failure = await client.sync().catch((e: unknown) => e);
      expect(failure, body).toBeInstanceOf(CloudContactsError);
      expect(failure).toMatchObject({ code, message: expect.stringContaining('Google Contacts') as string });
      expect((failure as Error).message).not.toContain(token);
    }
    // Broken people inside a good answer are skipped, the rest still maps.
    google.cannedResponses.push({
      status: 200,
      body: JSON.stringify({
        connections: [
          null,
          7,
          { names: 'x' },
          {
            resourceName: 'people/c1',
            names: [{ givenName: 5 }],
            phoneNumbers: [{ value: '+49 1' }, { value: {} }],
          },
        ],
        nextSyncToken: 'tok',
      }),
    });
    await expect(client.sync()).resolves.toEqual({
      kind: 'full',
      syncState: 'tok',
      contacts: [
        {
          id: 'people/c1',
          firstName: '',
          lastName: '',
          displayName: '',
          company: '',
          department: '',
          email: '',
          phones: [{ type: 'other', number: '+49 1' }],
        },
      ],
    });
  });

  it('names the service when it cannot be reached', async () => {
    const secrets = new MemorySecretStore();
    await secrets.set(refreshTokenSecretKey(SOURCE), 'rt-unreachable');
    const session = new OAuthSession({
      sourceId: SOURCE,
      provider: googleOAuthProvider({
        tokenEndpoint: 'http://127.0.0.1:1/token',
        clientId: GOOGLE_FAKE_CLIENT_ID,
      }),
      secrets,
    });
    const client = new GoogleContactsClient({ session, apiBaseUrl: google.apiBaseUrl });
    await expect(client.sync()).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/^Google Contacts: 127\.0\.0\.1:1 could not be reached/) as string,
    });
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBe('rt-unreachable');
  });
});
