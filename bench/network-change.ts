// Network change: the phone's network taken down and up while it is registered and in a call. The
// suite makes its own network namespaces (needs root and iproute2) and uses addresses inside them only:
//   pbx    a bridge br0 10.213.<n>.1/24, and a relay to the lab's Kamailio (which runs on 127.0.0.1 outside)
//   phoneA phone A's web shell and its Chromium, veth 10.213.<n>.2 on the bridge   (1001, 440 Hz)
//   phoneB phone B's web shell and its Chromium, veth 10.213.<n>.3 on the bridge   (1002, 880 Hz)
// Media between A and B runs over the bridge. The bench reaches each web shell through a relay to its
// loopback (Unix sockets cross namespaces; see support/ns-relay.mjs). Each round A's veth goes down for
// a while (BENCH_OUTAGES_S, default 2,10,40 s;
// 40 s is longer than the 30 s WebSocket keep-alive) and up again; measured from "up":
//   time to re-registered (A reports registered, having noticed the outage; a phone that shows no
//     change within 5 s of up kept its connection through the outage: counted as 0 ms and said so)
//   time to audio back both ways in the call (A hears 880 Hz and B 440 Hz again)
// An outage longer than the media timeout (30 s without media, media-liveness.ts) must not leave a
// ghost call: both ends end it as "connection lost" (mediaLost, in the history too); the bench checks
// that instead of audio, and the remaining outages are then not run (the call is gone).
// Every wait is bounded (60 s). Namespaces are removed at the end.
//   bash tests/lab/with-lab.sh node --experimental-transform-types --import ./bench/register-loader.mjs bench/network-change.ts
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RegistrationState } from '../src/shared/contract';
import { startKamailio } from '../tests/lab/kamailio';
import { run, startServer, stopServer, type ServerProcess } from '../tests/lab/process';
import { makeTempDir } from '../tests/support/temp-dir';
import { measureRemoteAudio } from '../tests/e2e/support/audio-probe';
import { BenchPhone } from './support/bench-phone';
import { establishCall, hangUpEverything, liveCalls } from './support/bench-calls';
import { bounded, until } from './support/bounded';
import { printResult, spread, yesNo, type Figure } from './support/figures';
import { defaultMediaTimeoutMs } from '../src/main/sip/calls/media-liveness';

const OUTAGES_S = (process.env['BENCH_OUTAGES_S'] ?? '2,10,40').split(',').map(Number);
const BOUND_MS = 60_000;
/** No registration change within this long after up: the connection survived the outage. */
const KEPT_MS = 5_000;
const tag = String(process.pid % 10_000);
const subnet = `10.213.${process.pid % 250}`;
const ns = { pbx: `spb-pbx-${tag}`, a: `spb-a-${tag}`, b: `spb-b-${tag}` };
const relayScript = new URL('./support/ns-relay.mjs', import.meta.url).pathname;

/** How a call ended at one phone, from its history (mediaLost, hangup ...), undefined while it lasts. */
async function endReason(phone: BenchPhone, callId: string): Promise<string | undefined> {
  const entries = await bounded(phone.client.request('history.list', {}), 5_000, `${phone.name} history`);
  return entries.find((entry) => entry.callId === callId && entry.result !== 'ongoing')?.endReason;
}

const ip = (...args: string[]): Promise<string> => run('ip', args, { timeoutMs: 10_000 });
const inNs = (name: string, ...args: string[]): Promise<string> => ip('netns', 'exec', name, 'ip', ...args);

async function makeNetwork(): Promise<void> {
  for (const name of Object.values(ns)) {
    await ip('netns', 'add', name);
    await inNs(name, 'link', 'set', 'lo', 'up');
  }
  await inNs(ns.pbx, 'link', 'add', 'br0', 'type', 'bridge');
  await inNs(ns.pbx, 'addr', 'add', `${subnet}.1/24`, 'dev', 'br0');
  await inNs(ns.pbx, 'link', 'set', 'br0', 'up');
  for (const [name, host] of [
    [ns.a, 2],
    [ns.b, 3],
  ] as const) {
    const side = `v${host}-${tag}`;
    await ip('link', 'add', side, 'type', 'veth', 'peer', 'name', `br${host}-${tag}`);
    await ip('link', 'set', side, 'netns', name);
    await ip('link', 'set', `br${host}-${tag}`, 'netns', ns.pbx);
    await inNs(ns.pbx, 'link', 'set', `br${host}-${tag}`, 'master', 'br0', 'up');
    await inNs(name, 'link', 'set', side, 'name', 'eth0');
    await inNs(name, 'addr', 'add', `${subnet}.${host}/24`, 'dev', 'eth0');
    await inNs(name, 'link', 'set', 'eth0', 'up');
  }
}

async function removeNetwork(): Promise<void> {
  for (const name of Object.values(ns)) await ip('netns', 'del', name).catch(() => '');
}

const relays: ServerProcess[] = [];

async function relay(netns: string | undefined, args: string[]): Promise<void> {
  const command = netns ? 'ip' : process.execPath;
  const full = netns
    ? ['netns', 'exec', netns, process.execPath, relayScript, ...args]
    : [relayScript, ...args];
  const server = startServer(command, full);
  relays.push(server);
  if (!(await until(() => server.output.toString().includes('ready'), 10_000, 20)))
    throw new Error(`relay ${args.join(' ')} did not start:\n${server.output.lastLines(10)}`);
}

/** The bench (outside) reaches the shell's 127.0.0.1:port inside `netns` on the same port outside. */
async function bridgeShell(netns: string, dir: string, shellUrl: string): Promise<void> {
  const port = new URL(shellUrl).port;
  const socket = join(dir, `shell-${netns}.sock`);
  await relay(netns, ['unix-to-tcp', socket, '127.0.0.1', port]);
  await relay(undefined, ['tcp-to-unix', '127.0.0.1', port, socket]);
}

async function hears(page: Page, hz: number): Promise<boolean> {
  try {
    const m = await bounded(measureRemoteAudio(page), 5_000, 'audio probe');
    return Math.abs(m.frequencyHz - hz) < 30 && m.levelDb > -80;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('network namespaces need root (ip netns add); not run');
  const temp = makeTempDir('softphone-bench-netns-');
  const lab = await startKamailio();
  const notes: string[] = [];
  const figures: Figure[] = [];
  const phones: BenchPhone[] = [];
  try {
    await makeNetwork();
    const kamailioSocket = join(temp.dir, 'kamailio.sock');
    await relay(undefined, ['unix-to-tcp', kamailioSocket, '127.0.0.1', String(lab.wsPort)]);
    await relay(ns.pbx, [
      'tcp-to-unix',
      `${subnet}.1`,
      String(lab.wsPort),
      kamailioSocket,
      `127.0.0.1:${lab.wsPort}`,
    ]);
    const wsUrl = `ws://${subnet}.1:${lab.wsPort}`;
    const phone = (name: string, user: string, hz: number, netns: string): BenchPhone => {
      const wrapper = join(temp.dir, `chromium-${netns}.sh`);
      writeFileSync(
        wrapper,
        `#!/bin/sh\nexec ip netns exec ${netns} ${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'} "$@"\n`,
      );
      chmodSync(wrapper, 0o755);
      return new BenchPhone(name, [user], hz, temp.dir, {
        netns,
        chromiumPath: wrapper,
        beforeConnect: (url) => bridgeShell(netns, temp.dir, url),
      });
    };
    const a = phone('A', '1001', 440, ns.a);
    const b = phone('B', '1002', 880, ns.b);
    phones.push(a, b);
    await a.start(lab, wsUrl);
    await b.start(lab, wsUrl);
    const call = await establishCall(a, b, '1002');
    const audioBefore = await until(
      async () => (await hears(a.page, 880)) && (await hears(b.page, 440)),
      10_000,
      200,
    );
    console.log(`registered through the namespaces; call up; audio both ways: ${audioBefore}`);
    if (!audioBefore) notes.push('no audio both ways over the bridge even before the first outage');

    const reregistered: number[] = [];
    const audioBack: number[] = [];
    const survivable = OUTAGES_S.filter((outage) => outage * 1000 < defaultMediaTimeoutMs);
    /** Per outage longer than the media timeout: both ends ended the call as mediaLost. */
    const lostCleanly: boolean[] = [];
    let callUp = true;
    for (const outage of OUTAGES_S) {
      if (!callUp) break;
      const expectLost = outage * 1000 >= defaultMediaTimeoutMs;
      const states: RegistrationState[] = [];
      const off = a.client.on('accounts.changed', ({ accounts }) =>
        states.push(...accounts.map((x) => x.registration.state)),
      );
      await inNs(ns.a, 'link', 'set', 'eth0', 'down');
      await new Promise((resolve) => setTimeout(resolve, outage * 1000));
      await inNs(ns.a, 'link', 'set', 'eth0', 'up');
      const up = performance.now();
      const [registered, audio] = await Promise.all([
        until(
          async () =>
            (states.some((s) => s !== 'registered') || performance.now() - up > KEPT_MS) &&
            (await a.registered()),
          BOUND_MS,
          50,
        ).then((ok) => {
          if (!ok) return undefined;
          return states.some((s) => s !== 'registered') ? performance.now() - up : 0;
        }),
        callUp && !expectLost
          ? until(async () => (await hears(a.page, 880)) && (await hears(b.page, 440)), BOUND_MS, 100).then(
              (ok) => (ok ? performance.now() - up : undefined),
            )
          : Promise.resolve(undefined),
      ]);
      off();
      if (registered === 0)
        notes.push(`outage ${outage} s: A never left "registered" (its connection survived)`);
      if (registered !== undefined) reregistered.push(registered);
      else
        notes.push(
          `outage ${outage} s: A not re-registered within ${BOUND_MS / 1000} s` +
            (states.some((s) => s !== 'registered') ? '' : ' (it never noticed: still shows registered)'),
        );
      if (audio !== undefined) audioBack.push(audio);
      else if (callUp && !expectLost)
        notes.push(`outage ${outage} s: no audio both ways within ${BOUND_MS / 1000} s of up`);
      if (expectLost) {
        const gone = await until(
          async () =>
            !(await liveCalls(a)).some((c) => c.id === call.callerId) &&
            !(await liveCalls(b)).some((c) => c.id === call.calleeId),
          BOUND_MS,
          200,
        );
        const [reasonA, reasonB] = await Promise.all([
          endReason(a, call.callerId),
          endReason(b, call.calleeId),
        ]);
        lostCleanly.push(gone && reasonA === 'mediaLost' && reasonB === 'mediaLost');
        notes.push(
          `outage ${outage} s (longer than the ${defaultMediaTimeoutMs / 1000} s media timeout): ended at A as ${reasonA ?? 'not ended'}, at B as ${reasonB ?? 'not ended'}`,
        );
      }
      const [liveA, liveB] = await Promise.all([liveCalls(a), liveCalls(b)]);
      callUp = liveA.some((c) => c.id === call.callerId) && liveB.some((c) => c.id === call.calleeId);
      console.log(
        `outage ${outage} s: re-registered ${registered === undefined ? 'NOT' : `${registered.toFixed(0)} ms`} after up` +
          ` (states seen: ${[...new Set(states)].join(', ') || 'none'}); audio back ${audio === undefined ? 'NOT' : `${audio.toFixed(0)} ms`}; call ${callUp ? 'up' : 'gone'}`,
      );
    }
    // the signalling path works after the outages: A's hang-up reaches B
    let hangupReachesB = false;
    if (callUp) {
      await bounded(a.client.request('calls.hangup', { callId: call.callerId }), 10_000, 'hangup').catch(
        () => undefined,
      );
      hangupReachesB = await until(
        async () => !(await liveCalls(b)).some((c) => c.id === call.calleeId),
        10_000,
        100,
      );
    }
    figures.push(
      spread('time to re-registered after the network is back', 'ms', reregistered),
      spread('time to audio back both ways after the network is back', 'ms', audioBack),
      {
        name: `outages after which A re-registered (of ${OUTAGES_S.length})`,
        unit: 'count',
        value: reregistered.length,
        target: { of: 'value', equals: OUTAGES_S.length },
      },
      {
        name: `outages shorter than the media timeout after which audio came back both ways within 60 s (of ${survivable.length})`,
        unit: 'count',
        value: audioBack.length,
        target: { of: 'value', equals: survivable.length },
      },
      ...(lostCleanly.length === 0
        ? [
            yesNo('the call survived every outage', callUp, true),
            yesNo("afterwards A's hang-up reaches B", hangupReachesB, true),
          ]
        : [
            yesNo(
              'after an outage longer than the media timeout, both ends ended the call as "connection lost"',
              lostCleanly.every(Boolean),
              true,
            ),
          ]),
    );
    notes.unshift(
      `outages ${OUTAGES_S.join(', ')} s of phone A's veth in its own namespace; A and B and a relay to Kamailio on a bridge ${subnet}.0/24`,
    );
    printResult('network-change', figures, notes);
  } finally {
    if (phones.length > 0) await hangUpEverything(phones, 5_000).catch(() => false);
    await Promise.allSettled(phones.map((p) => p.stop()));
    await Promise.allSettled(relays.map((r) => stopServer(r, 2_000)));
    await removeNetwork();
    await lab.stop();
    temp.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(error);
    printResult(
      'network-change',
      [yesNo('the bench could run here', false, true)],
      [`not measured: ${reason}`],
    );
    process.exit(1);
  },
);
