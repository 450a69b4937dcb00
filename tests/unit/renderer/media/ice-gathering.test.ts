import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IceGatheringOutcome, IceGatheringTarget } from '../../../../src/renderer/media/ice-gathering';
import {
  effectiveIceBudgetMs,
  hostOnlyGraceMs,
  iceCeilingExtraMs,
  watchIceGathering,
} from '../../../../src/renderer/media/ice-gathering';

/** A peer connection as far as ICE gathering goes: state, local SDP and the two events. */
class FakeGatherer extends EventTarget implements IceGatheringTarget {
  iceGatheringState: RTCIceGatheringState = 'new';
  localDescription: { sdp: string } | null = null;

  candidate(type: RTCIceCandidateType): void {
    if (this.iceGatheringState === 'new') this.gatheringState('gathering');
    const event = Object.assign(new Event('icecandidate'), {
      candidate: { type, candidate: `candidate:1 1 udp 2122260223 10.0.0.2 50000 typ ${type}` },
    });
    this.dispatchEvent(event);
  }

  gatheringState(state: RTCIceGatheringState): void {
    this.iceGatheringState = state;
    this.dispatchEvent(new Event('icegatheringstatechange'));
    if (state === 'complete')
      this.dispatchEvent(Object.assign(new Event('icecandidate'), { candidate: null }));
  }
}

/** Records when (in fake ms) the wait settled, and why. */
function track(settled: Promise<IceGatheringOutcome>) {
  const result: { outcome?: IceGatheringOutcome; at?: number } = {};
  void settled.then((outcome) => {
    result.outcome = outcome;
    result.at = Date.now();
  });
  return result;
}

describe('bounded ICE gathering', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves as soon as gathering completes, before the budget', async () => {
    const pc = new FakeGatherer();
    const watch = watchIceGathering(pc, 500);
    const result = track(watch.settled());
    pc.candidate('host');
    await vi.advanceTimersByTimeAsync(40);
    expect(result.outcome).toBeUndefined();
    pc.gatheringState('complete');
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ outcome: 'complete', at: 40 });
  });

  it('with a STUN server that never answers, resolves when the budget has passed', async () => {
    const pc = new FakeGatherer();
    const watch = watchIceGathering(pc, 300);
    const result = track(watch.settled());
    await vi.advanceTimersByTimeAsync(5);
    pc.candidate('host');
    await vi.advanceTimersByTimeAsync(294);
    expect(result.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ outcome: 'budget', at: 300 });
  });

  it('waits past the budget for the first host candidate', async () => {
    const pc = new FakeGatherer();
    const result = track(watchIceGathering(pc, 100).settled());
    await vi.advanceTimersByTimeAsync(250);
    expect(result.outcome).toBeUndefined();
    pc.candidate('srflx');
    await vi.advanceTimersByTimeAsync(0);
    expect(result.outcome).toBeUndefined();
    pc.candidate('host');
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ outcome: 'budget', at: 250 });
  });

  it('with a budget of 0, resolves on the first host candidate', async () => {
    const pc = new FakeGatherer();
    const result = track(watchIceGathering(pc, 0).settled());
    await vi.advanceTimersByTimeAsync(12);
    expect(result.outcome).toBeUndefined();
    pc.candidate('host');
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ outcome: 'budget', at: 12 });
  });

  it('counts candidates that arrived before settled() was called (during setLocalDescription)', async () => {
    const pc = new FakeGatherer();
    const watch = watchIceGathering(pc, 200);
    pc.candidate('host');
    await vi.advanceTimersByTimeAsync(250);
    const result = track(watch.settled());
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ outcome: 'budget', at: 250 });
  });

  it('finds host candidates already in the local SDP', async () => {
    const pc = new FakeGatherer();
    pc.iceGatheringState = 'gathering';
    pc.localDescription = {
      sdp: 'v=0\r\na=candidate:1 1 udp 2122260223 192.168.1.5 50000 typ host generation 0\r\n',
    };
    const result = track(watchIceGathering(pc, 50).settled());
    await vi.advanceTimersByTimeAsync(50);
    expect(result).toEqual({ outcome: 'budget', at: 50 });
  });

  it('resolves at once when a renegotiation needs no new gathering', async () => {
    const pc = new FakeGatherer();
    pc.iceGatheringState = 'complete';
    const result = track(watchIceGathering(pc, 1000).settled());
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ outcome: 'complete', at: 0 });
  });

  it('gives up at the ceiling when no host candidate ever shows up', async () => {
    const pc = new FakeGatherer();
    pc.iceGatheringState = 'gathering';
    const result = track(watchIceGathering(pc, 300).settled());
    await vi.advanceTimersByTimeAsync(300 + iceCeilingExtraMs - 1);
    expect(result.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ outcome: 'ceiling', at: 300 + iceCeilingExtraMs });
  });

  it('stops listening when cancelled or done', async () => {
    const pc = new FakeGatherer();
    const removed: string[] = [];
    const remove = pc.removeEventListener.bind(pc);
    pc.removeEventListener = (
      type: 'icecandidate' | 'icegatheringstatechange',
      listener: (event: Event) => void,
    ) => {
      removed.push(type);
      remove(type, listener);
    };
    const watch = watchIceGathering(pc, 300);
    watch.cancel();
    expect(removed.sort()).toEqual(['icecandidate', 'icegatheringstatechange']);
    await expect(watch.settled()).resolves.toBe('cancelled');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('effectiveIceBudgetMs', () => {
  it('waits the configured budget only when a STUN/TURN server can add candidates', () => {
    expect(effectiveIceBudgetMs(1, 300)).toBe(300);
    expect(effectiveIceBudgetMs(0, 300)).toBe(hostOnlyGraceMs);
    expect(effectiveIceBudgetMs(0, 10)).toBe(10);
  });
});
