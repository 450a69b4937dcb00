// Memory growth over `BENCH_CALLS` consecutive calls (default 100): two web shells in Chromium (A 1001
// calls B 1002, B answers, the call runs `BENCH_TALK_MS` (default 500 ms) with audio, A hangs up).
// Five warm-up calls first; then, before and after the series (and every 25 calls), after a forced full
// garbage collection:
//   main:     the web shell's RSS (/proc/<pid>/status VmRSS) and V8 heap used; the shell runs with
//             --inspect on loopback and the collection is the inspector's HeapProfiler.collectGarbage
//   renderer: the page's JS heap used (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage)
// Target: growth < 5 MB for main RSS and renderer heap, at both ends.
//   bash tests/lab/with-lab.sh node --experimental-transform-types --import ./bench/register-loader.mjs bench/memory.ts
import { startKamailio } from '../tests/lab/kamailio';
import { makeTempDir } from '../tests/support/temp-dir';
import { BenchPhone } from './support/bench-phone';
import { establishCall, hangUpEverything } from './support/bench-calls';
import { printResult, type Figure, runBench } from './support/figures';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 100);
const TALK_MS = Number(process.env['BENCH_TALK_MS'] ?? 500);
const WARM_UP = 5;
const TARGET_MB = 5;
const MB = 2 ** 20;

interface Snapshot {
  rss: number;
  heapUsed: number;
  rendererHeap: number;
}

async function snapshot(phone: BenchPhone): Promise<Snapshot> {
  const { rss, heapUsed } = await phone.mainRssAfterGc();
  return { rss, heapUsed, rendererHeap: await phone.rendererHeapAfterGc() };
}

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

async function call(a: BenchPhone, b: BenchPhone, label: string): Promise<void> {
  try {
    await establishCall(a, b, '1002');
    await new Promise((resolve) => setTimeout(resolve, TALK_MS));
    if (!(await hangUpEverything([a, b]))) throw new Error('a call stayed up after hang-up');
  } catch (error) {
    const calls = async (phone: BenchPhone): Promise<string> =>
      JSON.stringify(
        (await phone.client.request('calls.list', {}).catch(() => [])).map((c) => [
          c.state,
          c.end?.reason,
          c.end?.code,
        ]),
      );
    throw new Error(
      `${label}: ${error instanceof Error ? error.message : String(error)}; calls at A ${await calls(a)}, at B ${await calls(b)}`,
      { cause: error },
    );
  }
}

async function main(): Promise<void> {
  const temp = makeTempDir('softphone-bench-memory-');
  const lab = await startKamailio();
  const a = new BenchPhone('A', ['1001'], 440, temp.dir, { inspect: true });
  const b = new BenchPhone('B', ['1002'], 880, temp.dir, { inspect: true });
  try {
    await Promise.all([a.start(lab), b.start(lab)]);
    for (let i = 0; i < WARM_UP; i++) await call(a, b, `warm-up call ${i + 1}`);
    const before = [await snapshot(a), await snapshot(b)];
    for (let i = 1; i <= CALLS; i++) {
      await call(a, b, `call ${i}`);
      if (i % 25 === 0 && i < CALLS) {
        const [sa, sb] = [await snapshot(a), await snapshot(b)];
        console.log(
          `after ${i} calls: A main RSS ${mb(sa.rss)}, heap ${mb(sa.heapUsed)}, renderer ${mb(sa.rendererHeap)}; ` +
            `B main RSS ${mb(sb.rss)}, heap ${mb(sb.heapUsed)}, renderer ${mb(sb.rendererHeap)}`,
        );
      }
    }
    const after = [await snapshot(a), await snapshot(b)];
    const figures: Figure[] = [];
    for (const [i, name] of ['A (caller)', 'B (callee)'].entries()) {
      const [x, y] = [before[i]!, after[i]!];
      console.log(
        `${name}: main RSS ${mb(x.rss)} → ${mb(y.rss)}, main heap ${mb(x.heapUsed)} → ${mb(y.heapUsed)}, ` +
          `renderer heap ${mb(x.rendererHeap)} → ${mb(y.rendererHeap)}`,
      );
      figures.push(
        {
          name: `${name}: main RSS growth after GC`,
          unit: 'MB',
          value: (y.rss - x.rss) / MB,
          target: { of: 'value', below: TARGET_MB },
        },
        { name: `${name}: main V8 heap growth after GC`, unit: 'MB', value: (y.heapUsed - x.heapUsed) / MB },
        {
          name: `${name}: renderer heap growth after GC`,
          unit: 'MB',
          value: (y.rendererHeap - x.rendererHeap) / MB,
          target: { of: 'value', below: TARGET_MB },
        },
        { name: `${name}: main RSS after the calls`, unit: 'MB', value: y.rss / MB },
      );
    }
    printResult('memory', figures, [
      `${CALLS} calls of ${TALK_MS} ms after ${WARM_UP} warm-up calls; main = web shell in Node (--inspect, GC via the inspector), renderer = the page's JS heap via CDP`,
    ]);
  } finally {
    await Promise.allSettled([a.stop(), b.stop()]);
    await lab.stop();
    temp.cleanup();
  }
}

runBench(main);
