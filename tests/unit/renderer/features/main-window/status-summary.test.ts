import { describe, expect, it } from 'vitest';
import type { AccountView, RegistrationState } from '../../../../../src/shared/contract';
import { keypadKeys } from '../../../../../src/renderer/kit/keypad-keys';
import { registrationText } from '../../../../../src/renderer/features/accounts/registration-text';
import { statusSummary } from '../../../../../src/renderer/features/main-window/status-summary';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

function account(id: string, state: RegistrationState, reason?: string): AccountView {
  return {
    id,
    settings: {},
    locked: [],
    passwordSet: false,
    registration: reason === undefined ? { state } : { state, reason },
  };
}

const { t } = createI18n('en');

describe('statusSummary', () => {
  it('puts a missing connection first', () => {
    expect(statusSummary(t, 'reconnecting', [account('a', 'registered')])).toEqual({
      tone: 'problem',
      text: 'Not connected to the phone',
    });
  });

  it('says when there is no account', () => {
    expect(statusSummary(t, 'connected', [])).toEqual({ tone: 'idle', text: 'No account set up' });
  });

  it('shows a single account’s state, with the failure reason', () => {
    expect(statusSummary(t, 'connected', [account('a', 'failed', '403 Forbidden')])).toEqual({
      tone: 'problem',
      text: 'Registration failed: 403 Forbidden',
    });
  });

  it('counts registered accounts when there are several', () => {
    const accounts = [account('a', 'registered'), account('b', 'registering'), account('c', 'registered')];
    expect(statusSummary(t, 'connected', accounts)).toEqual({
      tone: 'busy',
      text: '2 of 3 accounts registered',
    });
    expect(statusSummary(t, 'connected', accounts.slice(0, 1)).tone).toBe('ok');
  });
});

describe('registrationText', () => {
  it('names every state in German too', () => {
    const german = createI18n('de').t;
    expect(registrationText(german, account('a', 'registered'))).toBe('Registriert');
    expect(registrationText(german, account('a', 'registering'))).toBe('Wird registriert …');
    expect(registrationText(german, account('a', 'unregistered'))).toBe('Nicht registriert');
    expect(registrationText(german, account('a', 'failed'))).toBe('Registrierung fehlgeschlagen');
  });
});

describe('keypadKeys', () => {
  it('is a phone keypad: 1-9, *, 0, # with test ids for * and #', () => {
    expect(keypadKeys.map((key) => key.value).join('')).toBe('123456789*0#');
    expect(keypadKeys.map((key) => key.testId)).toContain('star');
    expect(keypadKeys.map((key) => key.testId)).toContain('hash');
    expect(keypadKeys.find((key) => key.value === '7')?.letters).toBe('PQRS');
  });
});
