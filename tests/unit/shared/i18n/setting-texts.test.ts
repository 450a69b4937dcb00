import { describe, expect, it } from 'vitest';
import {
  groupTitle,
  optionLabel,
  settingHelp,
  settingLabel,
  settingUnsupportedReason,
} from '../../../../src/shared/i18n/setting-texts';
import { group } from '../../../../src/shared/settings/field';
import { findAccountField, findGlobalField } from '../../../../src/shared/settings/registry';

const theme = findGlobalField('gui.appearance.theme')!;

describe('setting texts', () => {
  it('name a field, its options and its group in the UI language', () => {
    expect(settingLabel('de', theme.field)).toBe('Farbschema');
    expect(settingLabel('en', theme.field)).toBe('Theme');
    if (theme.field.kind !== 'enum') throw new Error('theme is an enum');
    expect(theme.field.options.map((option) => optionLabel('de', theme.field, option))).toEqual([
      'Wie im System',
      'Hell',
      'Dunkel',
    ]);
    expect(groupTitle('de', theme.group)).toBe('Oberfläche > Darstellung');
  });

  it('find account fields too, with help and the reason a field is unsupported', () => {
    const zrtp = findAccountField('encryption.zrtp')!.field;
    expect(settingUnsupportedReason('en', zrtp)).toBeTruthy();
    expect(settingHelp('de', findAccountField('credentials.domain')!.field)).toMatch(/SIP-Registrar/);
    expect(settingUnsupportedReason('en', findAccountField('credentials.domain')!.field)).toBeUndefined();
  });

  it('fall back to the key for a field the catalogue does not know', () => {
    const [field] = group({
      id: 'test.only',
      chapter: 'Test',
      fields: [{ kind: 'boolean', key: 'x', default: false }],
    }).fields;
    expect(settingLabel('de', field!)).toBe('x');
    expect(settingHelp('de', field!)).toBeUndefined();
  });
});
