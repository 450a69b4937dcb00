// Hostile SIP against the whole core, the long run of tests/integration/sip/fuzz-core.test.ts:
// `FUZZ_FRAMES` seeded fuzz frames (default 10,000, 15 categories) and then a burst of `FLOOD_INVITES`
// INVITEs (default 2,000) pushed as fast as the socket takes them. Prints, for each phase: wall time,
// frames per second, event-loop delay (median, p99, max), calls.changed events and their JSON bytes, the
// largest call list, ringing calls at the end, history rows added, RSS growth, and whether the phone is
// still registered and answers OPTIONS.
//
//   npm run bench:sip-fuzz            (FUZZ_FRAMES=20000 FLOOD_INVITES=5000 SEED=7 to change the run)
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { header } from '../tests/lab/sip-ws-client';
import { SipFuzzer } from '../tests/support/sip-fuzz';
import { makeTempDir } from '../tests/support/temp-dir';
import { startHostileCore } from '../tests/integration/sip/hostile/hostile-core';
import {
  buildRequest,
  HOSTILE_DOMAIN,
  HOSTILE_USER,
  HostileRegistrar,
} from '../tests/integration/sip/hostile/hostile-registrar';
import { printResult, yesNo, type Figure } from './support/figures';

const FUZZ_FRAMES = Number(process.env['FUZZ_FRAMES'] ?? 10_000);
const FLOOD_INVITES = Number(process.env['FLOOD_INVITES'] ?? 2000);
const SEED = Number(process.env['SEED'] ?? 4475);

let crashes = 0;
process.on('unhandledRejection', (error) => {
  crashes++;
  console.error('UNHANDLED REJECTION', error);
});
process.on('uncaughtException', (error) => {
  crashes++;
  console.error('UNCAUGHT EXCEPTION', error);
});

const temp = makeTempDir('softphone-bench-');
const registrar = await HostileRegistrar.start();
const { core, registered } = await startHostileCore(registrar, temp.dir);
let events = 0;
let eventBytes = 0;
let largestList = 0;
core.events.subscribe((event, payload) => {
  if (event !== 'calls.changed') return;
  const calls = payload.calls;
  events++;
  eventBytes += JSON.stringify(payload).length;
  largestList = Math.max(largestList, calls.length);
});
await until(registered, 10_000);

async function until(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** Like a registrar's OPTIONS ping: repeated each second (an overloaded phone may drop one). */
async function answersOptions(): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      if ((await registrar.request(buildRequest({ method: 'OPTIONS' }), 1000)).status === 200) return true;
    } catch {
      // no answer within a second: ask again
    }
  }
  return false;
}

const figures: Figure[] = [];

async function phase(name: string, run: () => Promise<number>): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const eventsBefore = events;
  const bytesBefore = eventBytes;
  const historyBefore = core.history.list().length;
  const rssBefore = process.memoryUsage().rss;
  largestList = 0;
  loop.enable();
  const started = performance.now();
  const frames = await run();
  const ok = await answersOptions();
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  const ms = (ns: number): string => (ns / 1e6).toFixed(1);
  console.log(`\n${name} (seed ${SEED})`);
  console.log(
    `  frames                 ${frames} in ${seconds.toFixed(2)} s (${(frames / seconds).toFixed(0)}/s, until OPTIONS answered)`,
  );
  console.log(
    `  event-loop delay       median ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms`,
  );
  console.log(
    `  calls.changed events   ${events - eventsBefore}, ${((eventBytes - bytesBefore) / 1024).toFixed(1)} KiB, largest list ${largestList}`,
  );
  console.log(`  ringing at the end     ${core.calls.list().filter((c) => c.state === 'incoming').length}`);
  console.log(`  history rows added     ${core.history.list().length - historyBefore}`);
  console.log(
    `  RSS growth             ${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(1)} MiB`,
  );
  console.log(
    `  registered, OPTIONS    ${registered()}, ${ok ? '200' : 'no answer'}; crashes so far ${crashes}`,
  );
  const rssGrowth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  figures.push(
    { name: `${name}: frames per second`, unit: '/s', value: frames / seconds },
    { name: `${name}: event-loop delay p99`, unit: 'ms', value: loop.percentile(99) / 1e6 },
    { name: `${name}: event-loop delay max`, unit: 'ms', value: loop.max / 1e6 },
    { name: `${name}: calls.changed events`, unit: 'events', value: events - eventsBefore },
    { name: `${name}: largest call list`, unit: 'calls', value: largestList },
    {
      name: `${name}: ringing at the end`,
      unit: 'calls',
      value: core.calls.list().filter((c) => c.state === 'incoming').length,
    },
    { name: `${name}: RSS growth`, unit: 'MiB', value: rssGrowth },
    yesNo(`${name}: still registered and answers OPTIONS`, registered() && ok, true),
    { name: `${name}: crashes so far`, unit: 'count', value: crashes, target: { of: 'value', equals: 0 } },
  );
  await core.calls.hangupAll();
}

await phase(`${FUZZ_FRAMES} fuzz frames`, async () => {
  const fuzzer = new SipFuzzer(SEED, {
    user: HOSTILE_USER,
    host: HOSTILE_DOMAIN,
    uaViaHost: () => registrar.uaViaHost,
  });
  for (let i = 0; i < FUZZ_FRAMES; i++) {
    const { frame, binary } = fuzzer.next();
    await registrar.push(frame, binary);
  }
  return FUZZ_FRAMES;
});

await phase(`a burst of ${FLOOD_INVITES} INVITEs`, async () => {
  const invites = Array.from({ length: FLOOD_INVITES }, (_, i) =>
    buildRequest({
      method: 'INVITE',
      headers: [`Contact: <sip:flood${i}@hostile.invalid;transport=ws>`, 'Content-Type: application/sdp'],
      body: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n',
    }),
  );
  const flood = new Set(invites.map((invite) => invite.callId));
  let seen = registrar.responses.length;
  await Promise.all(invites.map((invite) => registrar.push(invite.raw)));
  await until(() => {
    for (; seen < registrar.responses.length; seen++) {
      const response = registrar.responses[seen]!;
      if (response.status > 100) flood.delete(header(response, 'call-id') ?? '');
    }
    return flood.size === 0;
  }, 120_000);
  return FLOOD_INVITES;
});

printResult('sip-fuzz', figures, [`seed ${SEED}, ${FUZZ_FRAMES} fuzz frames, ${FLOOD_INVITES} INVITEs`]);
await core.close();
await registrar.close();
temp.cleanup();
process.exit(crashes === 0 ? 0 : 1);
