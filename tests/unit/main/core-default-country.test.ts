import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { makeTempDir } from '../../support/temp-dir';

describe('the core reads the default country for numbers from the first account', () => {
  const temp = makeTempDir('softphone-core-country-');
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    temp.cleanup();
  });

  it('and follows a change of it (it is kept between account changes, not read per number)', async () => {
    core = await createCore({
      dataDir: join(temp.dir, 'data'),
      shell: 'web',
      version: 'test',
      platform: process.platform,
      secrets: new MemorySecretStore(),
    });
    const account = await core.accounts.create({
      'credentials.userName': '1001',
      'credentials.domain': '127.0.0.1',
      'functions.registerOnStartup': false,
      'numberModification.defaultCountry': 'DE',
    });
    core.contacts.add({
      firstName: 'Berta',
      lastName: 'Beispiel',
      displayName: '',
      company: '',
      department: '',
      email: '',
      phones: [{ type: 'work', number: '+49 30 1234567' }],
    });
    // National form: Berlin in Germany.
    expect(core.contacts.callerIdNow('030 1234567')?.name).toBe('Berta Beispiel');

    await core.accounts.update(account.id, { 'numberModification.defaultCountry': 'AT' });
    // The same digits now mean a number in Austria: not Berta's.
    expect(core.contacts.callerIdNow('030 1234567')).toBeUndefined();
    expect(core.contacts.callerIdNow('+49 30 1234567')?.name).toBe('Berta Beispiel');
  });
});
