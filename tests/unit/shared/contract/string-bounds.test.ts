import { describe, expect, it } from 'vitest';
import type { RequestHandlers } from '../../../../src/main/router';
import { Router } from '../../../../src/main/router';
import { silentLogger } from '../../../../src/main/log/logger';
import type { CallView, ContactSearchResult } from '../../../../src/shared/contract';
import { clientMessageSchema, mediaRequests, requestNames } from '../../../../src/shared/contract';

const megabyte = 'x'.repeat(1024 * 1024);

/** Every handler fails the test unless the case gives its own; records which ones ran. */
function router(overrides: Partial<RequestHandlers> = {}) {
  const called: string[] = [];
  const base = Object.fromEntries(
    requestNames.map((name) => [
      name,
      () => {
        called.push(name);
        throw new Error(`${name} was not expected to run`);
      },
    ]),
  ) as unknown as RequestHandlers;
  return { router: new Router({ ...base, ...overrides }, silentLogger), called };
}

function callView(overrides: Partial<CallView> = {}): CallView {
  return {
    id: '0b9ef3e6-1f5e-4d53-9a4d-3c9b9e1d2a10',
    accountId: '7f0c3b52-4a0e-4bb0-8f5a-6b1c2a9d8e77',
    direction: 'incoming',
    state: 'incoming',
    remoteNumber: '+4930123456',
    remoteName: 'Alice',
    startedAt: 1,
    muted: false,
    silenced: false,
    earlyMedia: false,
    remoteHold: false,
    ...overrides,
  };
}

describe('contract string bounds', () => {
  it.each([
    ['settings.set', { key: 'gui.appearance.language', value: megabyte }, 'value'],
    ['settings.set', { key: 'media.audio.codecs', value: [megabyte] }, 'value.0'],
    ['accounts.create', { settings: { 'credentials.domain': megabyte } }, 'settings.credentials.domain'],
    [
      'accounts.update',
      { id: 'a', settings: { 'credentials.userName': megabyte } },
      'settings.credentials.userName',
    ],
    ['calls.dtmf', { callId: 'c', tones: '1'.repeat(100_000) }, 'tones'],
  ])(
    'refuses an over-long string in %s with INVALID_PARAMS before any handler runs',
    async (method, params, field) => {
      const { router: r, called } = router();
      const response = await r.handle(method, params);
      expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', field } });
      expect(called).toEqual([]);
    },
  );

  it('catches an unbounded network value in a result instead of sending it on', async () => {
    const { router: r } = router({ 'calls.list': () => [callView({ remoteNumber: '1'.repeat(921_600) })] });
    expect(await r.handle('calls.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes the longest legitimate values: names, reasons, an LDAP DN, long messages', async () => {
    const dn = `cn=${'A'.repeat(200)},ou=${'Sales'.repeat(50)},dc=example,dc=com`;
    const search: ContactSearchResult = {
      hits: [
        {
          rank: 'exact',
          contact: {
            id: dn,
            sourceId: 'ldap:0a1b2c3d',
            sourceName: 'Company directory',
            sourceKind: 'ldap',
            editable: false,
            firstName: 'F'.repeat(256),
            lastName: 'L'.repeat(256),
            displayName: 'D'.repeat(256),
            company: 'C'.repeat(256),
            department: 'd'.repeat(256),
            email: 'e'.repeat(256),
            phones: [{ type: 'work', number: '1'.repeat(64) }],
          },
        },
      ],
      failures: [
        { sourceId: 'xml:1', sourceName: 'Phonebook', message: `Could not read ${'u'.repeat(2048)}` },
      ],
      truncated: true,
    };
    const call = callView({
      remoteNumber: '9'.repeat(64),
      remoteName: 'N'.repeat(128),
      state: 'ended',
      end: { reason: 'failed', code: 500, text: 'T'.repeat(256) },
      receivedDtmf: '1'.repeat(64),
      contact: { contactId: dn, sourceId: 'ldap:0a1b2c3d', sourceName: 'Directory', name: 'D'.repeat(256) },
    });
    const { router: r } = router({ 'contacts.search': () => search, 'calls.list': () => [call] });
    expect(await r.handle('contacts.search', { query: 'a' })).toEqual({ ok: true, result: search });
    expect(await r.handle('calls.list', {})).toEqual({ ok: true, result: [call] });
  });

  it('lets an SDP of 40 KB through the media requests and refuses one of a megabyte', () => {
    const options = {
      iceServers: [{ urls: 'stun:stun.example.com:3478' }],
      iceGatheringBudgetMs: 300,
      codecs: ['opus', 'g722', 'pcmu', 'pcma'],
      hold: false,
      inputDeviceId: 'a'.repeat(64),
      outputDeviceId: 'default',
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
    };
    const params = mediaRequests['media.setDescription'].params;
    const sdp = `v=0\r\n${'a=candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host\r\n'.repeat(800)}`;
    expect(sdp.length).toBeGreaterThan(40_000);
    expect(params.safeParse({ callId: 'c', sdp, options }).success).toBe(true);
    expect(params.safeParse({ callId: 'c', sdp: megabyte, options }).success).toBe(false);
    expect(mediaRequests['media.getDescription'].result.safeParse({ sdp: megabyte }).success).toBe(false);
  });

  it('refuses a web shell message with a megabyte method name', () => {
    expect(
      clientMessageSchema.safeParse({ type: 'request', id: 1, method: megabyte, params: {} }).success,
    ).toBe(false);
  });
});
