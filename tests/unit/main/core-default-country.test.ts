import { describe, expect, it } from 'vitest';
import { useTestCore } from './test-core';

describe('the core reads the default country for numbers from the first account', () => {
  const testCore = useTestCore('softphone-core-country-');

  it('and follows a change of it (it is kept between account changes, not read per number)', async () => {
    const core = await testCore.start();
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
