import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepAlive } from '../../../../../src/main/sip/transport/keep-alive';
import { useFakeClock } from '../../../../support/fake-clock';

afterEach(() => {
  vi.useRealTimers();
});

function keepAlive(intervalMs: number, timeoutMs: number) {
  useFakeClock();
  const sent: number[] = [];
  let dead = 0;
  const k = new KeepAlive({
    intervalMs,
    timeoutMs,
    send: () => sent.push(Date.now()),
    onDead: () => {
      dead += 1;
    },
  });
  return { k, sent, dead: () => dead };
}

describe('KeepAlive', () => {
  it('sends at every interval and stays quiet while each keep-alive is answered', async () => {
    const { k, sent, dead } = keepAlive(100, 50);
    const start = Date.now();
    k.start();
    for (let round = 1; round <= 3; round += 1) {
      await vi.advanceTimersByTimeAsync(100);
      k.alive();
    }
    await vi.advanceTimersByTimeAsync(99);
    expect(sent.map((at) => at - start)).toEqual([100, 200, 300]);
    expect(dead()).toBe(0);
    k.stop();
  });

  it('declares the peer dead once, exactly timeoutMs after an unanswered keep-alive, and stops', async () => {
    const { k, sent, dead } = keepAlive(100, 50);
    k.start();
    await vi.advanceTimersByTimeAsync(149);
    expect(dead()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(dead()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(dead()).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('keeps one keep-alive in flight: a deadline longer than the interval sends nothing more', async () => {
    const { k, sent, dead } = keepAlive(100, 250);
    k.start();
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toHaveLength(1);
    expect(dead()).toBe(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(dead()).toBe(1);
  });

  it('with interval 0 sends nothing by itself, but probe() still asks and answers', async () => {
    const { k, sent, dead } = keepAlive(0, 50);
    k.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);

    const answered = k.probe(500);
    expect(sent).toHaveLength(1);
    k.alive();
    expect(await answered).toBe(true);

    const unanswered = k.probe(500);
    await vi.advanceTimersByTimeAsync(499);
    expect(dead()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(await unanswered).toBe(false);
    expect(dead()).toBe(1);
  });

  it('a shorter probe moves the pending deadline earlier without sending again', async () => {
    const { k, sent, dead } = keepAlive(100, 1000);
    k.start();
    await vi.advanceTimersByTimeAsync(100);
    const probing = k.probe(20);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(await probing).toBe(false);
    expect(dead()).toBe(1);
  });

  it('stop() ends the timers and resolves a pending probe false without declaring the peer dead', async () => {
    const { k, dead } = keepAlive(100, 50);
    k.start();
    const probing = k.probe(500);
    k.stop();
    expect(await probing).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(dead()).toBe(0);
  });
});
