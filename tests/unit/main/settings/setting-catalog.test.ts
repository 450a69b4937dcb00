import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { englishText, translate } from '../../../../src/main/i18n/translator';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';

const badValues: unknown[] = [
  'x'.repeat(5000),
  -999_999,
  999_999,
  1.5,
  '',
  'a\u0001b',
  'not a host!',
  ['a', 'a'],
  Array.from({ length: 500 }, (_, i) => `entry${i}`),
  ['not a host!'],
];

function refusals(catalog: SettingCatalog): ContractError[] {
  const errors: ContractError[] = [];
  for (const { key } of catalog.all()) {
    for (const value of badValues) {
      try {
        catalog.validate(key, value);
      } catch (error) {
        if (error instanceof ContractError) errors.push(error);
      }
    }
  }
  return errors;
}

describe('SettingCatalog refusals as catalogue codes', () => {
  it("read exactly as the English message for every setting's own reasons", () => {
    const problems = new Set<unknown>();
    for (const groups of [globalSettingGroups, accountSettingGroups]) {
      for (const error of refusals(new SettingCatalog(groups))) {
        if (error.text === undefined) continue; // zod's own reason for a value of the wrong type
        expect(error.text.key).toBe('settings.invalid');
        expect(englishText(error.text), error.field).toBe(error.message);
        problems.add(error.text.params?.['problem']);
      }
    }
    // the reasons these values provoke: whole numbers, ranges, lengths, formats, lists
    expect(problems.size).toBeGreaterThanOrEqual(8);
  });

  it('names the setting by its German label in German', () => {
    const catalog = new SettingCatalog(globalSettingGroups);
    const error = (() => {
      try {
        catalog.validate('advanced.stun.port', 99_999);
      } catch (thrown) {
        return thrown as ContractError;
      }
      throw new Error('accepted');
    })();
    expect(error.text).toEqual({
      key: 'settings.invalid',
      params: { setting: 'advanced.stun.port', problem: 'atMost', max: 65535 },
    });
    expect(translate('de', `codes.${error.text!.key}`, error.text!.params)).toBe(
      '„STUN-Port“ darf höchstens 65535 sein.',
    );
  });

  it('sends an unknown setting as a code', () => {
    const catalog = new SettingCatalog(globalSettingGroups);
    expect(() => catalog.validate('no.such', 1)).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'There is no setting "no.such".',
        text: { key: 'settings.noSuchSetting', params: { key: 'no.such' } },
      }),
    );
  });
});
