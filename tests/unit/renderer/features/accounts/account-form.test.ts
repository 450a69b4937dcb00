import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../../../src/shared/contract';
import { allAccountFields } from '../../../../../src/shared/settings/registry';
import {
  accountProblems,
  createParams,
  initialAccountValues,
  settingsToSend,
  updateParams,
} from '../../../../../src/renderer/features/accounts/account-form';
import { accountDisplayName } from '../../../../../src/renderer/features/accounts/account-name';

const entries = allAccountFields();

function account(settings: AccountView['settings'], locked: string[] = []): AccountView {
  return { id: 'a1', settings, locked, passwordSet: true, registration: { state: 'registered' } };
}

describe('account form', () => {
  it('starts a new account from the defaults, without secrets', () => {
    const values = initialAccountValues(entries);
    expect(values['credentials.domain']).toBe('');
    expect(values['network.transport']).toBe('wss');
    expect(values).not.toHaveProperty('credentials.password');
  });

  it('overlays an existing account on the defaults', () => {
    const values = initialAccountValues(entries, account({ 'credentials.domain': 'pbx.example.com' }));
    expect(values['credentials.domain']).toBe('pbx.example.com');
    expect(values['codecs.codecs']).toEqual(['opus', 'g722', 'pcmu', 'pcma']);
  });

  it('wants domain and user name before a new account can be saved', () => {
    const problems = accountProblems(entries, initialAccountValues(entries), []);
    expect([...problems.keys()]).toEqual(['credentials.domain', 'credentials.userName']);
  });

  it('leaves provisioned fields to main', () => {
    const values = {
      ...initialAccountValues(entries),
      'credentials.userName': '',
      'credentials.domain': 'pbx.example.com',
    };
    expect([...accountProblems(entries, values, ['credentials.userName']).keys()]).toEqual([]);
  });

  it('sends the whole form for a new account', () => {
    const values = initialAccountValues(entries);
    expect(Object.keys(settingsToSend(entries, values))).toHaveLength(Object.keys(values).length);
  });

  it('sends only changed, unlocked fields for an edit', () => {
    const existing = account({ 'credentials.domain': 'old.example.com', 'account.name': 'Office' }, [
      'account.name',
    ]);
    const values = {
      ...initialAccountValues(entries, existing),
      'credentials.domain': 'new.example.com',
      'account.name': 'Changed anyway',
    };
    expect(settingsToSend(entries, values, existing)).toEqual({ 'credentials.domain': 'new.example.com' });
  });

  it('sends the password only when one was typed', () => {
    expect(createParams({}, '')).toEqual({ settings: {} });
    expect(createParams({}, 'secret')).toEqual({ settings: {}, password: 'secret' });
    expect(updateParams('a1', {}, '')).toEqual({ id: 'a1', settings: {} });
    expect(updateParams('a1', {}, 'pw')).toEqual({ id: 'a1', settings: {}, password: 'pw' });
  });
});

describe('accountDisplayName', () => {
  it('prefers the account name, then user@domain, then the domain', () => {
    expect(accountDisplayName(account({ 'account.name': ' Office ' }))).toBe('Office');
    expect(
      accountDisplayName(account({ 'credentials.userName': '201', 'credentials.domain': 'pbx.example.com' })),
    ).toBe('201@pbx.example.com');
    expect(accountDisplayName(account({ 'credentials.domain': 'pbx.example.com' }))).toBe('pbx.example.com');
    expect(accountDisplayName(account({}))).toBeUndefined();
  });
});
