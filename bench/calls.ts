// Call set-up benchmark: two web shells (the built app, `npm run build:web` first), each in its own
// Debian Chromium with a fake microphone, registered at the lab's Kamailio on loopback. A dials B
// 20 times, B answers as soon as the call rings; then the same with an unreachable STUN server
// (127.0.0.1:9, nothing listens) configured on both. Prints medians and p90s of:
//   dial → INVITE at B   (A's calls.dial request until B's main reports the incoming call)
//   dial → established  (A's calls.dial request until A's main reports the call active)
// Run: npm run bench:calls   (node --experimental-transform-types --import ./bench/register-loader.mjs bench/calls.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKamailio } from '../tests/lab/kamailio';
import { PhoneSession } from '../tests/e2e/support/phone-session';
import { paceDial, waitForCalls } from './support/bench-calls';
import { percentile, printResult, spread, type Figure } from './support/figures';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 20);

interface Sample {
  inviteMs: number;
  establishedMs: number;
}

async function oneCall(a: PhoneSession, b: PhoneSession): Promise<Sample> {
  await paceDial(a); // not counted: only the time from the dial on is measured
  const incoming = waitForCalls(
    b,
    (calls) => calls.some((c) => c.state === 'incoming'),
    10_000,
    'a ringing call',
  );
  const established = waitForCalls(
    a,
    (calls) => calls.some((c) => c.state === 'active'),
    10_000,
    'an active call',
  );
  const started = performance.now();
  const dialled = await a.client.request('calls.dial', { target: '1002' });
  const ringing = await incoming;
  const inviteMs = performance.now() - started;
  const call = ringing.find((c) => c.state === 'incoming')!;
  await b.client.request('calls.answer', { callId: call.id });
  await established;
  const establishedMs = performance.now() - started;
  const ended = waitForCalls(b, (calls) => calls.every((c) => c.state === 'ended'));
  await a.client.request('calls.hangup', { callId: dialled.id });
  await ended;
  return { inviteMs, establishedMs };
}

async function series(label: string, a: PhoneSession, b: PhoneSession): Promise<Figure[]> {
  await oneCall(a, b); // warm-up, not counted
  const samples: Sample[] = [];
  for (let i = 0; i < CALLS; i++) samples.push(await oneCall(a, b));
  const invite = samples.map((s) => s.inviteMs);
  const established = samples.map((s) => s.establishedMs);
  const fmt = (v: number) => `${v.toFixed(0).padStart(5)} ms`;
  console.log(`${label} (${CALLS} calls)`);
  console.log(
    `  dial → INVITE at B   median ${fmt(percentile(invite, 50))}   p90 ${fmt(percentile(invite, 90))}`,
  );
  console.log(
    `  dial → established   median ${fmt(percentile(established, 50))}   p90 ${fmt(percentile(established, 90))}`,
  );
  return [
    spread(`${label}: dial → INVITE at B`, 'ms', invite),
    spread(`${label}: dial → established`, 'ms', established),
  ];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-bench-calls-'));
  const lab = await startKamailio();
  const a = new PhoneSession('A', '1001', 440, dir);
  const b = new PhoneSession('B', '1002', 880, dir);
  try {
    await Promise.all([a.start(lab), b.start(lab)]);
    const figures = await series('No STUN server', a, b);
    for (const phone of [a, b]) {
      await phone.client.request('settings.set', { key: 'advanced.stun.server', value: '127.0.0.1:9' });
      await phone.client.request('settings.set', { key: 'advanced.stun.enabled', value: true });
    }
    const budget = await a.client.request('settings.get', {});
    const withStun = await series(
      `Unreachable STUN server 127.0.0.1:9 (ICE budget ${String(budget.values['functions.calls.iceGatheringBudgetMs'])} ms)`,
      a,
      b,
    );
    printResult('calls', [...figures, ...withStun]);
  } finally {
    await Promise.allSettled([a.stop(), b.stop()]);
    await lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
