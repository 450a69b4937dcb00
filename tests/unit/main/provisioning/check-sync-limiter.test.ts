import { beforeEach, describe, expect, it } from 'vitest';
import { CheckSyncLimiter } from '../../../../src/main/provisioning/check-sync-limiter';
import { ManualClock } from '../../../../src/main/provisioning/manual-clock';
import type { Logger } from '../../../../src/main/log/logger';
import { silentLogger } from '../../../../src/main/log/logger';

/** Lets the callbacks of settled promises run; no time passes on the clock. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Provisioning runs that stay open until the test ends them. */
class Runs {
  started = 0;
  private readonly open: { resolve: () => void; reject: (error: Error) => void }[] = [];

  readonly run = (): Promise<unknown> => {
    this.started++;
    return new Promise<void>((resolve, reject) => this.open.push({ resolve, reject }));
  };

  get running(): number {
    return this.open.length;
  }

  async finish(outcome: 'ok' | 'fails' = 'ok'): Promise<void> {
    const run = this.open.shift();
    if (!run) throw new Error('no run is open');
    if (outcome === 'ok') run.resolve();
    else run.reject(new Error('fetch failed'));
    await settled();
  }
}

let clock: ManualClock;
let runs: Runs;
let infos: string[];
let limiter: CheckSyncLimiter;

beforeEach(() => {
  clock = new ManualClock();
  runs = new Runs();
  infos = [];
  const logger: Logger = { ...silentLogger, info: (message) => void infos.push(message) };
  limiter = new CheckSyncLimiter({ run: runs.run, logger, minIntervalMs: 30_000, clock });
});

function burst(count: number): void {
  for (let i = 0; i < count; i++) limiter.request();
}

describe('CheckSyncLimiter', () => {
  it('turns a burst of 53 check-syncs into one run now and one follow-up at the end of the window', async () => {
    burst(53);
    expect(runs.started).toBe(1);
    clock.advance(2_000);
    await runs.finish();
    expect(runs.started).toBe(1);

    clock.advance(27_999);
    expect(runs.started).toBe(1);
    clock.advance(1);
    expect(runs.started).toBe(2);
    await runs.finish();

    clock.advance(10 * 60_000);
    expect(runs.started).toBe(2);
    expect(clock.pending).toBe(0);
    expect(infos.filter((line) => line.startsWith('check-sync coalesced'))).toHaveLength(1);
    expect(infos).toContain('Provisioning once for 52 coalesced check-syncs');
  });

  it('runs no follow-up when nothing arrived during the run', async () => {
    limiter.request();
    await runs.finish();
    clock.advance(60_000);
    expect(runs.started).toBe(1);
    expect(clock.pending).toBe(0);
  });

  it('starts the follow-up right after a run that outlasted the window', async () => {
    burst(3);
    clock.advance(45_000);
    await runs.finish();
    clock.advance(0);
    expect(runs.started).toBe(2);
  });

  it('runs again at once for a check-sync after the window', async () => {
    limiter.request();
    await runs.finish();
    clock.advance(30_000);
    limiter.request();
    expect(runs.started).toBe(2);
  });

  it('schedules one run at the end of the window for check-syncs inside it, never drops them', async () => {
    limiter.request();
    await runs.finish();
    clock.advance(10_000);
    burst(5);
    expect(runs.started).toBe(1);
    expect(infos.at(-1)).toMatch(/provisioning in 20 s/);
    clock.advance(19_999);
    expect(runs.started).toBe(1);
    clock.advance(1);
    expect(runs.started).toBe(2);
    await runs.finish();
    clock.advance(60_000);
    expect(runs.started).toBe(2);
  });

  it('does not let a failed run block later ones', async () => {
    burst(2);
    await runs.finish('fails');
    clock.advance(30_000);
    expect(runs.started).toBe(2); // the follow-up still happens
    await runs.finish('fails');
    clock.advance(30_000);
    limiter.request();
    expect(runs.started).toBe(3);
  });

  it('survives a run that throws before it returns a promise', async () => {
    let calls = 0;
    const throwing = new CheckSyncLimiter({
      run: () => {
        calls++;
        throw new Error('not ready');
      },
      logger: silentLogger,
      clock,
    });
    throwing.request();
    await settled();
    clock.advance(30_000);
    throwing.request();
    expect(calls).toBe(2);
  });

  it('cancels the scheduled run on stop and ignores check-syncs until resumed', async () => {
    limiter.request();
    await runs.finish();
    limiter.request();
    expect(clock.pending).toBe(1);
    limiter.stop();
    expect(clock.pending).toBe(0);
    limiter.request();
    clock.advance(60_000);
    expect(runs.started).toBe(1);
    limiter.resume();
    limiter.request();
    expect(runs.started).toBe(2);
  });

  it('schedules no follow-up when stopped during a run', async () => {
    burst(4);
    limiter.stop();
    await runs.finish();
    clock.advance(60_000);
    expect(runs.started).toBe(1);
    expect(runs.running).toBe(0);
  });
});
