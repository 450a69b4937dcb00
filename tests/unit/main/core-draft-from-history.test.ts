import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { makeTempDir } from '../../support/temp-dir';

describe('a contact drafted from a history entry', () => {
  const temp = makeTempDir('softphone-core-draft-');
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    temp.cleanup();
  });

  it('fails with a catalogue code when the entry is gone, so the screen says it in its language', async () => {
    core = await createCore({
      dataDir: join(temp.dir, 'data'),
      shell: 'web',
      version: 'test',
      platform: process.platform,
      secrets: new MemorySecretStore(),
    });
    const answer = await core.router.handle('contacts.draftFromHistory', { historyId: 424242 });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'historyId', text: { key: 'history.gone' } },
    });
  });
});
