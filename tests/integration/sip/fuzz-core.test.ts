// The whole core (createCore, as both shells build it) registered at a scripted registrar, then hostile
// SIP: 3,000 seeded fuzz frames in 15 categories and a burst of 2,000 INVITEs. Afterwards the phone must
// not have crashed (no unhandled rejection, no uncaught exception), must still be registered on the same
// connection, must answer OPTIONS, and must still be able to place a call. The flood must cost bounded
// work: a few ringing calls, a few call-list events, bounded history. The longer run (10,000+ frames)
// with timings is bench/sip-fuzz.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { CallView } from '../../../src/shared/contract';
import { header } from '../../lab/sip-ws-client';
import { sdpFixture } from '../../support/sdp-fixtures';
import { SipFuzzer } from '../../support/sip-fuzz';
import { makeTempDir } from '../../support/temp-dir';
import { waitFor } from '../../unit/main/sip/transport/fake-sip-server';
import { startHostileCore } from './hostile/hostile-core';
import { CrashGuard } from './hostile/hostile-phone';
import { buildRequest, HOSTILE_DOMAIN, HOSTILE_USER, HostileRegistrar } from './hostile/hostile-registrar';

const SEED = 4475;
const FUZZ_FRAMES = 3000;
const FLOOD_INVITES = 2000;

describe('the whole core under hostile SIP', { timeout: 60_000 }, () => {
  const guard = new CrashGuard();
  const temp = makeTempDir();
  const callEvents: CallView[][] = [];
  let eventBytes = 0;
  let registrar: HostileRegistrar;
  let core: Core;
  let accountId: string;

  beforeAll(async () => {
    guard.install();
    registrar = await HostileRegistrar.start();
    const hostile = await startHostileCore(registrar, temp.dir);
    ({ core, accountId } = hostile);
    core.events.subscribe((event, payload) => {
      if (event !== 'calls.changed') return;
      callEvents.push(payload.calls);
      eventBytes += JSON.stringify(payload).length;
    });
    await waitFor(registered, 10_000, 'the account to register');
  }, 30_000);

  afterAll(async () => {
    await core?.close();
    await registrar?.close();
    guard.uninstall();
    temp.cleanup();
  });

  function registered(): boolean {
    return core.accounts.list().some((a) => a.id === accountId && a.registration.state === 'registered');
  }

  async function stillWorks(): Promise<void> {
    expect(guard.crashes).toEqual([]);
    expect(registered()).toBe(true);
    expect(registrar.connectionCount).toBe(1);
    expect((await registrar.request(buildRequest({ method: 'OPTIONS' }), 5000)).status).toBe(200);
  }

  /** Ends what rang, and waits until the (short) rate-limit window has no ringing call left. */
  async function endAllCalls(): Promise<void> {
    await core.calls.hangupAll();
    await waitFor(() => core.calls.list().every((c) => c.state === 'ended'), 5000, 'all calls to end');
  }

  it(`survives ${FUZZ_FRAMES} fuzz frames (seed ${SEED})`, async () => {
    const fuzzer = new SipFuzzer(SEED, {
      user: HOSTILE_USER,
      host: HOSTILE_DOMAIN,
      uaViaHost: () => registrar.uaViaHost,
    });
    for (let i = 0; i < FUZZ_FRAMES; i++) {
      const { frame, binary } = fuzzer.next();
      await registrar.push(frame, binary);
      // every 100 frames the phone must still answer, so a failure names a frame range
      if (i % 100 === 99) {
        expect(guard.crashes, `crashed by frame ${i - 99}..${i} (seed ${SEED})`).toEqual([]);
        expect(registrar.connectionCount, `connection lost by frame ${i - 99}..${i}`).toBe(1);
        expect((await registrar.request(buildRequest({ method: 'OPTIONS' }), 5000)).status).toBe(200);
      }
    }
    await stillWorks();
    await endAllCalls();
  });

  it(`a burst of ${FLOOD_INVITES} INVITEs costs a 486 each beyond a few ringing calls`, async () => {
    const eventsBefore = callEvents.length;
    const bytesBefore = eventBytes;
    const historyBefore = core.history.list().length;
    const invites = Array.from({ length: FLOOD_INVITES }, (_, i) =>
      buildRequest({
        method: 'INVITE',
        headers: [`Contact: <sip:flood${i}@hostile.invalid;transport=ws>`, 'Content-Type: application/sdp'],
        body: sdpFixture('chrome-webrtc-offer'),
      }),
    );
    await Promise.all(invites.map((invite) => registrar.push(invite.raw)));
    // counted incrementally: the registrar re-checks at every frame, 2,000 times
    const flood = new Set(invites.map((invite) => invite.callId));
    const unanswered = new Set(flood);
    const busy = new Set<string>();
    let seen = registrar.responses.length;
    await registrar.until(
      () => {
        for (; seen < registrar.responses.length; seen++) {
          const response = registrar.responses[seen]!;
          const callId = header(response, 'call-id') ?? '';
          if (response.status > 100) unanswered.delete(callId);
          if (response.status === 486 && flood.has(callId)) busy.add(callId);
        }
        return unanswered.size === 0 ? true : undefined;
      },
      20_000,
      'an answer to every INVITE',
    );

    const ringing = core.calls.list().filter((c) => c.state === 'incoming');
    expect(ringing.length).toBeGreaterThan(0);
    expect(ringing.length).toBeLessThanOrEqual(4);
    expect(busy.size).toBeGreaterThanOrEqual(FLOOD_INVITES - 4);
    // bounded work for the UI: a handful of small call lists, not one per INVITE
    expect(callEvents.length - eventsBefore).toBeLessThan(50);
    const live = (list: CallView[]): number => list.filter((call) => call.state !== 'ended').length;
    expect(Math.max(...callEvents.slice(eventsBefore).map(live))).toBeLessThanOrEqual(4);
    expect(eventBytes - bytesBefore).toBeLessThan(200_000);
    await endAllCalls();
    expect(core.history.list().length - historyBefore).toBeLessThanOrEqual(4);
    await stillWorks();
  });

  it('can still place a call afterwards', async () => {
    const before = registrar.requests.filter((r) => r.method === 'INVITE').length;
    const response = (await core.router.handle('calls.dial', { target: '1001', accountId })) as {
      ok: boolean;
    };
    expect(response.ok).toBe(true);
    const invite = await registrar.until(
      () => registrar.requests.filter((r) => r.method === 'INVITE')[before],
      5000,
      'our INVITE at the registrar',
    );
    expect(invite.body).toContain('m=audio');
    // the scripted registrar answers 200 without SDP, so the call itself goes nowhere: end it
    await core.calls.hangupAll();
    await stillWorks();
  });
});
