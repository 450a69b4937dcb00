import { describe, expect, it } from 'vitest';
import { useTestCore } from './test-core';
import type { CallView } from '../../../src/shared/contract';

describe('the core keeps the call history to the retention settings', () => {
  const testCore = useTestCore('softphone-core-history-');

  it('prunes at once when the maximum number of entries is lowered', async () => {
    const core = await testCore.start();
    const now = Date.now();
    for (let i = 0; i < 30; i++) {
      const call: CallView = {
        id: `call-${i}`,
        accountId: 'acc',
        direction: 'incoming',
        state: 'ended',
        remoteNumber: `10${i}`,
        remoteName: '',
        startedAt: now - (30 - i) * 1000,
        endedAt: now - (30 - i) * 1000 + 500,
        muted: false,
        silenced: false,
        earlyMedia: false,
        remoteHold: false,
        end: { reason: 'missed' },
      };
      core.history.record(call);
    }
    expect(core.history.list()).toHaveLength(30);
    core.settings.set('functions.calls.historyMaxEntries', 10);
    const kept = core.history.list();
    expect(kept).toHaveLength(10);
    // the newest ten stay
    expect(kept.map((row) => row.remoteNumber).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `10${20 + i}`).sort(),
    );
  });
});
