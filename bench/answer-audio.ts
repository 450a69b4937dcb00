// Answer → audio flowing both ways: two web shells in Chromium with fake microphones (A 440 Hz, B 880 Hz),
// registered at the lab's Kamailio on loopback. A dials B `BENCH_CALLS` times (default 20, plus one
// warm-up); B answers as soon as it rings. tcpdump on lo records the media; the SSRCs each end announces
// in its SDP tell whose packet is whose (the RTP header stays in clear under SRTP). Measured from the
// moment B's calls.answer request is sent:
//   → first packet at A   (the first RTP packet B sent, i.e. A's first inbound packet)
//   → first packet at B   (the first RTP packet A sent)
//   → both ways           (the later of the two)
// On loopback the capture time is the arrival time. Target: both ways < 100 ms (median; the max is shown).
// Needs root (tcpdump), `npm run build:web` and tests/lab/with-lab.sh:
//   bash tests/lab/with-lab.sh node --experimental-transform-types --import ./bench/register-loader.mjs bench/answer-audio.ts
import { startKamailio } from '../tests/lab/kamailio';
import { makeTempDir } from '../tests/support/temp-dir';
import {
  instrumentPeerConnections,
  mediaPath,
  PacketCapture,
  rtpPackets,
} from '../tests/e2e/support/rtp-capture';
import { BenchPhone } from './support/bench-phone';
import { establishCall, hangUpEverything } from './support/bench-calls';
import { until } from './support/bounded';
import { printResult, spread, runBench } from './support/figures';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 20);
const TARGET_MS = 100;

/** The SSRCs an SDP announces (a=ssrc lines): the streams that end sends. */
function ssrcs(sdp: string): Set<number> {
  return new Set([...sdp.matchAll(/^a=ssrc:(\d+) /gm)].map((m) => Number(m[1])));
}

interface Sample {
  atA: number;
  atB: number;
}

async function oneCall(a: BenchPhone, b: BenchPhone, capture: PacketCapture): Promise<Sample> {
  const call = await establishCall(a, b, b.users[0]!);
  let sentByA = new Set<number>();
  let sentByB = new Set<number>();
  const known = await until(
    async () => {
      const [pathA, pathB] = await Promise.all([mediaPath(a.page), mediaPath(b.page)]);
      if (!pathA || !pathB) return false;
      sentByA = ssrcs(pathA.localSdp);
      sentByB = ssrcs(pathB.localSdp);
      return sentByA.size > 0 && sentByB.size > 0;
    },
    10_000,
    20,
  );
  if (!known) throw new Error('the call never connected its media (no selected ICE pair with SSRCs in 10 s)');
  let first: Sample | undefined;
  const seen = await until(
    () => {
      const packets = rtpPackets(capture.read().udp).filter((p) => p.timeMs >= call.answeredAt - 1000);
      const firstAt = (ssrcSet: Set<number>): number | undefined =>
        packets.find((p) => ssrcSet.has(p.ssrc))?.timeMs;
      const fromB = firstAt(sentByB);
      const fromA = firstAt(sentByA);
      if (fromA === undefined || fromB === undefined) return false;
      first = { atA: fromB - call.answeredAt, atB: fromA - call.answeredAt };
      return true;
    },
    10_000,
    50,
  );
  if (!seen || !first) throw new Error('no RTP packet of one of the two ends captured within 10 s');
  if (!(await hangUpEverything([a, b]))) throw new Error('a call stayed up after hang-up');
  return first;
}

async function main(): Promise<void> {
  const temp = makeTempDir('softphone-bench-answer-');
  const lab = await startKamailio();
  const a = new BenchPhone('A', ['1001'], 440, temp.dir);
  const b = new BenchPhone('B', ['1002'], 880, temp.dir);
  let capture: PacketCapture | undefined;
  try {
    await Promise.all([a.start(lab), b.start(lab)]);
    await Promise.all([instrumentPeerConnections(a.page), instrumentPeerConnections(b.page)]);
    capture = await PacketCapture.start({ dir: temp.dir, filter: 'udp and not port 53' });
    await oneCall(a, b, capture); // warm-up, not counted
    const samples: Sample[] = [];
    for (let i = 0; i < CALLS; i++) {
      const sample = await oneCall(a, b, capture);
      samples.push(sample);
      console.log(
        `call ${i + 1}: first packet at A ${sample.atA.toFixed(1)} ms, at B ${sample.atB.toFixed(1)} ms after answer`,
      );
    }
    const both = samples.map((s) => Math.max(s.atA, s.atB));
    const figures = [
      spread(
        'answer → first inbound packet at A (caller)',
        'ms',
        samples.map((s) => s.atA),
      ),
      spread(
        'answer → first inbound packet at B (callee)',
        'ms',
        samples.map((s) => s.atB),
      ),
      spread('answer → audio both ways', 'ms', both, { of: 'median', below: TARGET_MS }),
    ];
    for (const f of figures)
      console.log(
        `${f.name}: median ${f.median?.toFixed(1)} ms, max ${f.max?.toFixed(1)} ms (${CALLS} calls)`,
      );
    printResult('answer-audio', figures, [
      `${CALLS} calls A→B on loopback, ws, DTLS-SRTP; measured from B's calls.answer request to the first RTP packet of each end in a tcpdump capture on lo`,
    ]);
  } finally {
    await capture?.stop();
    await Promise.allSettled([a.stop(), b.stop()]);
    await lab.stop();
    temp.cleanup();
  }
}

runBench(main);
