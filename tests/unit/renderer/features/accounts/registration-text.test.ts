import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../../../src/shared/contract';
import { registrationFailureCodes } from '../../../../../src/shared/contract';
import { dialAccountId } from '../../../../../src/renderer/features/main-window/dial-account';
import {
  registrationProblem,
  registrationText,
} from '../../../../../src/renderer/features/accounts/registration-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

function account(id: string, registration: AccountView['registration']): AccountView {
  return { id, settings: {}, locked: [], passwordSet: true, registration };
}

const { t } = createI18n('en');
const german = createI18n('de').t;

describe('registration failure wording', () => {
  const auth = account('a', { state: 'failed', code: 'auth', reason: '401 Unauthorized' });

  it('turns the failure code into a sentence with a hint, keeping main’s reason as the detail', () => {
    expect(registrationText(t, auth)).toBe('Registration failed: Wrong user name or password.');
    expect(registrationProblem(t, auth)).toEqual({
      hint: 'Check the account’s credentials.',
      detail: '401 Unauthorized',
    });
    expect(registrationText(german, auth)).toBe(
      'Registrierung fehlgeschlagen: Benutzername oder Passwort ist falsch.',
    );
  });

  it('has a sentence and a hint for every code in both languages', () => {
    for (const code of registrationFailureCodes) {
      const failed = account('a', { state: 'failed', code });
      expect(registrationText(t, failed), code).not.toContain('accounts.failure');
      expect(registrationProblem(t, failed)?.hint, code).not.toContain('accounts.failure');
      expect(registrationText(german, failed), code).not.toBe(registrationText(t, failed));
      expect(registrationProblem(t, failed)?.detail).toBeUndefined();
    }
  });

  it('falls back to main’s reason without a code, and has no hint then', () => {
    const old = account('a', { state: 'failed', reason: '403 Forbidden' });
    expect(registrationText(t, old)).toBe('Registration failed: 403 Forbidden');
    expect(registrationProblem(t, old)).toBeUndefined();
    expect(registrationProblem(t, account('a', { state: 'registered', code: 'auth' }))).toBeUndefined();
  });
});

describe('dialAccountId', () => {
  const accounts = [
    account('off', { state: 'unregistered' }),
    account('one', { state: 'registered' }),
    account('two', { state: 'registered' }),
  ];

  it('defaults to the first registered account', () => {
    expect(dialAccountId(accounts, undefined)).toBe('one');
  });

  it('keeps the user’s choice while that account is registered', () => {
    expect(dialAccountId(accounts, 'two')).toBe('two');
    expect(dialAccountId(accounts, 'off')).toBe('one');
  });

  it('is undefined without a registered account', () => {
    expect(dialAccountId([accounts[0]!], undefined)).toBeUndefined();
    expect(dialAccountId(undefined, 'one')).toBeUndefined();
  });
});
