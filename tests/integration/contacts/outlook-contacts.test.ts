// The Outlook (Microsoft Graph) contact source against the lab's fake Microsoft identity platform and
// Graph (tests/lab/cloud/fake-microsoft-graph.ts): loopback sign-in with PKCE as a public client,
// delta query paging, delta links, token refresh with rotation, and the local-only "delete".
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudContactsError } from '../../../src/main/contacts/oauth/cloud-contacts-error';
import {
  microsoftOAuthProvider,
  refreshTokenSecretKey,
} from '../../../src/main/contacts/oauth/oauth-provider';
import { OAuthSession } from '../../../src/main/contacts/oauth/oauth-session';
import { OutlookContactsClient } from '../../../src/main/contacts/outlook/outlook-contacts-client';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import type { FakeGraph } from '../../lab/cloud/fake-microsoft-graph';
import { MICROSOFT_FAKE_CLIENT_ID, startFakeGraph } from '../../lab/cloud/fake-microsoft-graph';
import { consentInBrowser } from '../../lab/cloud/consenting-browser';
import { requireLab } from '../../lab/secret-service';

requireLab();

const SOURCE = 'outlook:me';
let graph: FakeGraph;

beforeAll(async () => {
  graph = await startFakeGraph();
});

afterAll(async () => {
  await graph.stop();
});

beforeEach(() => {
  graph.oauth.consent = 'allow';
  graph.cannedResponses.length = 0;
});

async function consentingBrowser(url: string): Promise<void> {
  await consentInBrowser(url);
}

function setUp(secrets = new MemorySecretStore()) {
  const session = new OAuthSession({
    sourceId: SOURCE,
    provider: microsoftOAuthProvider({
      authorizationEndpoint: graph.authorizationEndpoint,
      tokenEndpoint: graph.tokenEndpoint,
      clientId: MICROSOFT_FAKE_CLIENT_ID,
    }),
    secrets,
  });
  const client = new OutlookContactsClient({ session, graphBaseUrl: graph.graphBaseUrl, pageSize: 2 });
  return { session, client, secrets };
}

async function signedIn() {
  const setup = setUp();
  await setup.session.signIn({ openBrowser: consentingBrowser });
  return setup;
}

describe('Microsoft sign-in', () => {
  it('signs in as a public client with PKCE and stores the refresh token', async () => {
    const { session, secrets } = setUp();
    let opened = '';
    await session.signIn({
      openBrowser: async (url) => {
        opened = url;
        await consentingBrowser(url);
      },
    });
    expect(Object.fromEntries(new URL(opened).searchParams)).toMatchObject({
      response_type: 'code',
      client_id: MICROSOFT_FAKE_CLIENT_ID,
      scope: 'Contacts.Read offline_access',
      code_challenge_method: 'S256',
    });
    expect(graph.oauth.tokenRequests.at(-1)).toEqual({
      grantType: 'authorization_code',
      fields: ['client_id', 'code', 'code_verifier', 'grant_type', 'redirect_uri', 'scope'],
    });
    expect(graph.oauth.hasRefreshToken((await secrets.get(refreshTokenSecretKey(SOURCE))) ?? '')).toBe(true);
    expect(await session.isSignedIn()).toBe(true);
  });

  it('reports a declined consent as an auth error', async () => {
    graph.oauth.consent = 'deny';
    const { session } = setUp();
    await expect(session.signIn({ openBrowser: consentingBrowser })).rejects.toMatchObject({
      code: 'auth',
      message: expect.stringContaining('Outlook contacts: access was not granted') as string,
    });
  });
});

describe('Outlook contacts sync', () => {
  it('pages through a full delta round, then applies an added, a changed and a deleted contact', async () => {
    const ids = [
      graph.addContact({
        givenName: 'Jürgen',
        surname: 'Weiß',
        displayName: 'Jürgen Weiß',
        companyName: 'ACME',
        department: 'Vertrieb',
        emailAddresses: [{ name: 'Jürgen Weiß', address: 'jw@example.com' }],
        businessPhones: ['+49 30 1234567'],
        homePhones: [],
        mobilePhone: '0170 1234567',
        categories: ['not selected'],
      }),
      graph.addContact({
        givenName: 'Anna',
        surname: 'Schmidt',
        businessPhones: [],
        homePhones: ['+49 89 555'],
        mobilePhone: null,
      }),
      graph.addContact({
        displayName: 'Empfang',
        businessPhones: ['200'],
        homePhones: [],
        mobilePhone: null,
      }),
    ];
    const { client } = await signedIn();
    const before = graph.deltaRequests.length;

    const full = await client.sync();
    const seen = graph.deltaRequests.slice(before);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.url).toBe(
      '/v1.0/me/contacts/delta?$select=givenName,surname,displayName,companyName,department,emailAddresses,businessPhones,homePhones,mobilePhone',
    );
    expect(seen[0]?.prefer).toBe('odata.maxpagesize=2');
    expect(full.kind).toBe('full');
    if (full.kind !== 'full') return;
    expect(full.syncState).toContain('$deltatoken=');
    expect(full.contacts.find((c) => c.id === ids[0])).toEqual({
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

    const added = graph.addContact({
      givenName: 'Carla',
      surname: 'Neu',
      businessPhones: ['201'],
      homePhones: [],
    });
    graph.updateContact(ids[1] ?? '', {
      givenName: 'Anna',
      surname: 'Schmidt-Meyer',
      businessPhones: [],
      homePhones: ['+49 89 556'],
    });
    graph.deleteContact(ids[2] ?? '');
    const delta = await client.sync(full.syncState);
    expect(delta.kind).toBe('delta');
    if (delta.kind !== 'delta') return;
    expect(delta.upserts.map((c) => c.id).sort()).toEqual([added, ids[1]].sort());
    expect(delta.upserts.find((c) => c.id === ids[1])).toMatchObject({
      lastName: 'Schmidt-Meyer',
      phones: [{ type: 'home', number: '+49 89 556' }],
    });
    expect(delta.removedIds).toEqual([ids[2]]);

    expect(await client.sync(delta.syncState)).toMatchObject({ kind: 'delta', upserts: [], removedIds: [] });
  });

  it('falls back to a full sync on 410 Gone for an expired delta link', async () => {
    const { client } = await signedIn();
    const first = await client.sync();
    graph.expireDeltaTokens();
    const again = await client.sync(first.syncState);
    expect(again.kind).toBe('full');
    expect(await client.sync(again.syncState)).toMatchObject({ kind: 'delta' });
  });

  it('never sends the token to a delta link on another host', async () => {
    const { client } = await signedIn();
    const before = graph.deltaRequests.length;
    const result = await client.sync('https://attacker.example/v1.0/me/contacts/delta?$deltatoken=x');
    expect(result.kind).toBe('full');
    expect(graph.deltaRequests.length - before).toBeGreaterThan(0);
    graph.cannedResponses.push({
      status: 200,
      body: JSON.stringify({
        value: [],
        '@odata.nextLink': 'http://127.0.0.2:9/v1.0/me/contacts/delta?$skiptoken=a',
      }),
    });
    await expect(client.sync()).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refreshes an expired access token and stores the rotated refresh token', async () => {
    const { client, secrets } = await signedIn();
    const original = await secrets.get(refreshTokenSecretKey(SOURCE));
    graph.oauth.expireAccessTokens();
    await expect(client.sync()).resolves.toMatchObject({ kind: 'full' });
    const refresh = graph.oauth.tokenRequests.at(-1);
    expect(refresh).toEqual({
      grantType: 'refresh_token',
      fields: ['client_id', 'grant_type', 'refresh_token', 'scope'],
    });
    const rotated = await secrets.get(refreshTokenSecretKey(SOURCE));
    expect(rotated).not.toBe(original);
    expect(graph.oauth.hasRefreshToken(rotated ?? '')).toBe(true);
  });

  it('says clearly that access was revoked', async () => {
    const { client, secrets } = await signedIn();
    graph.oauth.revokeAll();
    const failure = await client.sync().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CloudContactsError);
    expect(failure).toMatchObject({
      code: 'revoked',
      message: expect.stringMatching(
        /^Outlook contacts: access was revoked or has expired \(invalid_grant, AADSTS70008\)\. Sign in again/,
      ) as string,
    });
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBeUndefined();
  });

  it('on delete forgets the refresh token here; Microsoft has no revocation endpoint', async () => {
    const { client, secrets } = await signedIn();
    await expect(client.revoke()).resolves.toEqual({ remote: 'notSupported' });
    expect(await secrets.get(refreshTokenSecretKey(SOURCE))).toBeUndefined();
    await expect(client.sync()).rejects.toMatchObject({ code: 'auth' });
  });

  it('turns malformed and failing answers into clear errors', async () => {
    const { client } = await signedIn();
    const cases: [number, string, string][] = [
      [200, 'not json at all', 'invalid'],
      [200, '{"value": {}}', 'invalid'],
      [200, '{"value": []}', 'invalid'], // neither nextLink nor deltaLink
      [200, '{"value": [], "@odata.deltaLink": 17}', 'invalid'],
      [
        500,
        '{"error":{"code":"generalException","message":"General exception while processing."}}',
        'server',
      ],
      [429, '{"error":{"code":"TooManyRequests","message":"Too many requests."}}', 'server'],
    ];
    for (const [status, body, code] of cases) {
      graph.cannedResponses.push({ status, body });
      const failure = await client.sync().catch((e: unknown) => e);
      expect(failure, body).toBeInstanceOf(CloudContactsError);
      expect(failure).toMatchObject({ code, message: expect.stringContaining('Outlook contacts') as string });
    }
  });
});
