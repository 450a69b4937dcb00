import { describe, expect, it } from 'vitest';
import { useTestCore } from './test-core';

describe('a contact drafted from a history entry', () => {
  const testCore = useTestCore('softphone-core-draft-');

  it('fails with a catalogue code when the entry is gone, so the screen says it in its language', async () => {
    const core = await testCore.start();
    const answer = await core.router.handle('contacts.draftFromHistory', { historyId: 424242 });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'historyId', text: { key: 'history.gone' } },
    });
  });
});
