import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import type { CallView } from '../../../src/shared/contract';
import { makeTempDir } from '../../support/temp-dir';

describe('the core keeps the call history to the retention settings', () => {
  const temp = makeTempDir('softphone-core-history-');
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    temp.cleanup();
  });

  it('prunes at once when the maximum number of entries is lowered', async () => {
    core = await createCore({
      dataDir: join(temp.dir, 'data'),
      shell: 'web',
      version: 'test',
      platform: process.platform,
      secrets: new MemorySecretStore(),
    });
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
