// Kamailio killed (SIGKILL, like a crash) and restarted 10 times with different outages, with two web
// shells in Chromium (A 1001 hears 880 Hz, B 1002 hears 440 Hz) and an active call A→B throughout.
// After each restart: time from Kamailio ready again (tests/lab restart() resolved: listening and
// answering OPTIONS) until each phone reports its account registered again, having first noticed the
// outage (a phone that never left "registered" did not notice that its registration is gone; that is
// counted as not re-registered); then whether the call is still up at both ends with audio both ways.
// After the last restart: can A still hold the call (re-INVITE through the restarted Kamailio) and hang
// up, and does B learn of the hang-up? Reported as they happen; every wait is bounded.
//   bash tests/lab/with-lab.sh node --experimental-transform-types --import ./bench/register-loader.mjs bench/kamailio-restart.ts
//   (BENCH_RESTARTS=3 for a shorter run: the first 3 outages of the list)
import type { Page } from 'playwright-core';
import type { RegistrationState } from '../src/shared/contract';
import { startKamailio } from '../tests/lab/kamailio';
import { makeTempDir } from '../tests/support/temp-dir';
import { measureRemoteAudio } from '../tests/e2e/support/audio-probe';
import { BenchPhone } from './support/bench-phone';
import { establishCall, hangUpEverything, liveCalls, waitForCalls } from './support/bench-calls';
import { bounded, until } from './support/bounded';
import { printResult, spread, yesNo, type Figure, runBench } from './support/figures';

/** Seconds between the kill and the restart, one per round. */
const OUTAGES_S = [0, 0.25, 1, 3, 0.5, 5, 2, 0.1, 8, 1.5].slice(
  0,
  Number(process.env['BENCH_RESTARTS'] ?? 10),
);
const REREGISTER_BOUND_MS = 60_000;

async function hears(page: Page, hz: number): Promise<boolean> {
  try {
    const m = await bounded(measureRemoteAudio(page), 5_000, 'audio probe');
    return Math.abs(m.frequencyHz - hz) < 30 && m.levelDb > -80;
  } catch {
    return false;
  }
}

/** Registration states a phone reports from now on, with their times. */
function watchRegistration(phone: BenchPhone): {
  log: { at: number; states: RegistrationState[] }[];
  stop: () => void;
} {
  const log: { at: number; states: RegistrationState[] }[] = [];
  const stop = phone.client.on('accounts.changed', ({ accounts }) =>
    log.push({ at: performance.now(), states: accounts.map((a) => a.registration.state) }),
  );
  return { log, stop };
}

async function main(): Promise<void> {
  const temp = makeTempDir('softphone-bench-restart-');
  const lab = await startKamailio();
  const a = new BenchPhone('A', ['1001'], 440, temp.dir);
  const b = new BenchPhone('B', ['1002'], 880, temp.dir);
  const notes: string[] = [];
  const reregistered: number[] = [];
  let notReregistered = 0;
  let roundsWithCall = 0;
  let roundsWithAudio = 0;
  try {
    await Promise.all([a.start(lab), b.start(lab)]);
    const call = await establishCall(a, b, '1002');
    const audioBefore = (await hears(a.page, 880)) && (await hears(b.page, 440));
    console.log(`call up, audio both ways before the first kill: ${audioBefore}`);
    if (!audioBefore) notes.push('no audio both ways even before the first kill');
    let callUp = true;
    for (const [round, outage] of OUTAGES_S.entries()) {
      const watches = [watchRegistration(a), watchRegistration(b)];
      await lab.kill();
      await new Promise((resolve) => setTimeout(resolve, outage * 1000));
      await lab.restart();
      const ready = performance.now();
      const times = await Promise.all(
        [a, b].map(async (phone, i) => {
          const watch = watches[i]!;
          const noticed = (): boolean => watch.log.some((e) => e.states.some((s) => s !== 'registered'));
          const ok = await until(
            async () => noticed() && (await phone.registered()),
            REREGISTER_BOUND_MS,
            25,
          );
          if (!ok) return { phone: phone.name, ms: undefined, noticed: noticed() };
          const lastDown = watch.log.findLastIndex((e) => e.states.some((s) => s !== 'registered'));
          const back = watch.log.slice(lastDown + 1).find((e) => e.states.every((s) => s === 'registered'));
          return {
            phone: phone.name,
            ms: Math.max(0, (back?.at ?? performance.now()) - ready),
            noticed: true,
          };
        }),
      );
      for (const watch of watches) watch.stop();
      for (const t of times) {
        if (t.ms === undefined) {
          notReregistered++;
          notes.push(
            `round ${round + 1} (outage ${outage} s): ${t.phone} not re-registered within ${REREGISTER_BOUND_MS / 1000} s` +
              (t.noticed ? '' : ' (it never noticed the outage: still shows registered)'),
          );
        } else reregistered.push(t.ms);
      }
      if (callUp) {
        const [liveA, liveB] = await Promise.all([liveCalls(a), liveCalls(b)]);
        callUp = liveA.some((c) => c.id === call.callerId) && liveB.some((c) => c.id === call.calleeId);
        if (callUp) roundsWithCall++;
        const audio = callUp && (await hears(a.page, 880)) && (await hears(b.page, 440));
        if (audio) roundsWithAudio++;
        if (!callUp)
          notes.push(`round ${round + 1}: the call ended (A ${liveA.length}, B ${liveB.length} calls left)`);
        else if (!audio) notes.push(`round ${round + 1}: the call is up but without audio both ways`);
      }
      console.log(
        `round ${round + 1}: outage ${outage} s; re-registered ${times
          .map((t) => `${t.phone} ${t.ms === undefined ? 'NOT' : `${t.ms.toFixed(0)} ms`}`)
          .join(', ')}; call ${callUp ? 'up' : 'gone'}`,
      );
    }

    let held = false;
    let hungUp = false;
    let farEndEnded = false;
    if (callUp) {
      try {
        const heldA = waitForCalls(
          a,
          (calls) => calls.some((c) => c.id === call.callerId && c.state === 'held'),
          10_000,
        );
        await bounded(a.client.request('calls.hold', { callId: call.callerId, hold: true }), 10_000, 'hold');
        await heldA;
        held = true;
      } catch (error) {
        notes.push(`hold after the restarts: ${error instanceof Error ? error.message : String(error)}`);
      }
      try {
        const endedB = waitForCalls(
          b,
          (calls) => calls.some((c) => c.id === call.calleeId && c.state === 'ended'),
          10_000,
        );
        await bounded(a.client.request('calls.hangup', { callId: call.callerId }), 10_000, 'hangup');
        hungUp = await until(
          async () => !(await liveCalls(a)).some((c) => c.id === call.callerId),
          10_000,
          50,
        );
        farEndEnded = await endedB.then(
          () => true,
          () => false,
        );
        if (!farEndEnded)
          notes.push('after A hung up, B still shows the call 10 s later (a ghost call at B)');
      } catch (error) {
        notes.push(`hang-up after the restarts: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(
      `after ${OUTAGES_S.length} restarts: hold ${held}, hang-up at A ${hungUp}, B saw the end ${farEndEnded}`,
    );
    const figures: Figure[] = [
      spread('time to re-registered after Kamailio is back (per phone and restart)', 'ms', reregistered),
      {
        name: 'phones not re-registered within 60 s (of 2 per restart)',
        unit: 'count',
        value: notReregistered,
        target: { of: 'value', equals: 0 },
      },
      {
        name: `restarts after which the call was still up at both ends (of ${OUTAGES_S.length})`,
        unit: 'count',
        value: roundsWithCall,
        target: { of: 'value', equals: OUTAGES_S.length },
      },
      {
        name: `restarts after which audio flowed both ways (of ${OUTAGES_S.length})`,
        unit: 'count',
        value: roundsWithAudio,
        target: { of: 'value', equals: OUTAGES_S.length },
      },
      yesNo('call can be held after the restarts', held, true),
      yesNo('call can be hung up after the restarts (A)', hungUp, true),
      yesNo('the far end (B) learns of the hang-up', farEndEnded, true),
    ];
    notes.unshift(`outages between kill and restart: ${OUTAGES_S.join(', ')} s`);
    printResult('restart', figures, notes);
  } finally {
    await hangUpEverything([a, b], 5_000).catch(() => false);
    await Promise.allSettled([a.stop(), b.stop()]);
    await lab.stop();
    temp.cleanup();
  }
}

runBench(main);
