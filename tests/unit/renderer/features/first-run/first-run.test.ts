import { describe, expect, it } from 'vitest';
import {
  firstRunParams,
  firstRunProblems,
  initialFirstRunValues,
} from '../../../../../src/renderer/features/first-run/first-run-form';
import { showsFirstRun } from '../../../../../src/renderer/features/first-run/first-run-gate';

const link = 'https://pbx.example.com:8448/0123456789abcdef0123456789abcdef.cfg';

describe('showsFirstRun', () => {
  it('shows when there is no account and no provisioning server', () => {
    expect(showsFirstRun({ accountCount: 0, wanted: undefined, unconfigured: true })).toBe(true);
  });

  it('does not show while accounts are loading, with accounts, or when configured', () => {
    expect(showsFirstRun({ accountCount: undefined, wanted: undefined, unconfigured: true })).toBe(false);
    expect(showsFirstRun({ accountCount: 1, wanted: true, unconfigured: true })).toBe(false);
    expect(showsFirstRun({ accountCount: 0, wanted: undefined, unconfigured: false })).toBe(false);
  });

  it('follows the user’s choice this session', () => {
    expect(showsFirstRun({ accountCount: 0, wanted: false, unconfigured: true })).toBe(false);
    expect(showsFirstRun({ accountCount: 0, wanted: true, unconfigured: false })).toBe(true);
  });
});

describe('first-run form', () => {
  it('starts with both switches on', () => {
    expect(initialFirstRunValues.rememberMe).toBe(true);
    expect(initialFirstRunValues.provisionOnStartup).toBe(true);
  });

  it('needs the address, user name and password', () => {
    expect([...firstRunProblems(initialFirstRunValues)]).toEqual([
      ['url', 'urlMissing'],
      ['userName', 'userMissing'],
      ['password', 'passwordMissing'],
    ]);
  });

  it('needs no credentials for an access-key link', () => {
    expect(firstRunProblems({ ...initialFirstRunValues, url: link }).size).toBe(0);
    expect(firstRunParams({ ...initialFirstRunValues, url: ` ${link} ` })).toEqual({
      url: link,
      rememberMe: true,
      provisionOnStartup: true,
    });
  });

  it('sends trimmed values and the switches', () => {
    expect(
      firstRunParams({
        url: ' pbx.example.com ',
        userName: ' 201 ',
        password: ' secret ',
        rememberMe: false,
        provisionOnStartup: true,
      }),
    ).toEqual({
      url: 'pbx.example.com',
      userName: '201',
      password: ' secret ',
      rememberMe: false,
      provisionOnStartup: true,
    });
  });
});
