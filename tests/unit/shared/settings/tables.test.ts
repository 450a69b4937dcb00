import { describe, it, expect } from 'vitest';
import { catalogues } from '../../../../src/shared/i18n/catalogue';
import { fieldTexts, settingLabel } from '../../../../src/shared/i18n/setting-texts';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { fieldSchema, type SettingField, type SettingGroup } from '../../../../src/shared/settings/field';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';

const tables: [string, readonly SettingGroup[]][] = [
  ['global', globalSettingGroups],
  ['account', accountSettingGroups],
];

const languages = ['en', 'de'] as const;

function fieldCatalogue(language: 'en' | 'de'): Record<string, unknown> {
  const { globalSettingTexts, accountSettingTexts } = catalogues[language];
  return { ...globalSettingTexts.fields, ...accountSettingTexts.fields };
}

function titles(language: 'en' | 'de'): Record<string, string> {
  const { globalSettingTexts, accountSettingTexts } = catalogues[language];
  return { ...globalSettingTexts.groups, ...accountSettingTexts.groups };
}

function fields(groups: readonly SettingGroup[]): { key: string; field: SettingField }[] {
  return groups.flatMap((g) => g.fields.map((field) => ({ key: `${g.id}.${field.key}`, field })));
}

/** Account fields the user must fill in before an account can be saved; their blank default is refused. */
const requiredAccountKeys = ['credentials.domain', 'credentials.userName'];

describe.each(tables)('%s settings table', (scope, groups) => {
  const all = fields(groups);

  it('has unique group ids and full keys', () => {
    const ids = groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = all.map((f) => f.key);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('uses camelCase field keys and dotted camelCase group ids', () => {
    for (const g of groups) expect(g.id).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/);
    for (const { field } of all) expect(field.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('gives every group a title and chapter, and every field a label, in English and German', () => {
    for (const g of groups) {
      expect(g.chapter.trim()).not.toBe('');
      for (const language of languages) expect(titles(language)[g.id]?.trim(), g.id).toBeTruthy();
      expect(g.fields.length).toBeGreaterThan(0);
    }
    for (const { key, field } of all) {
      const [english, german] = [fieldTexts('en', field), fieldTexts('de', field)];
      expect(english?.label.trim(), key).toBeTruthy();
      expect(german?.label.trim(), key).toBeTruthy();
      // An unsupported field has its reason, a supported one none; help is optional but translated.
      expect(english?.unsupported !== undefined, key).toBe(field.unsupported === true);
      for (const part of ['help', 'unsupported'] as const) {
        if (english?.[part] === undefined) continue;
        expect(german?.[part]?.trim(), key).toBeTruthy();
        expect(german?.[part], key).not.toBe(english[part]);
      }
    }
  });

  it('has no catalogue texts for fields or groups that do not exist', () => {
    const both = tables.flatMap(([, table]) => table);
    const keys = new Set(fields(both).map(({ field }) => field.textKey));
    for (const language of languages) {
      expect(Object.keys(fieldCatalogue(language)).filter((key) => !keys.has(key))).toEqual([]);
      expect(Object.keys(titles(language)).filter((id) => !both.some((g) => g.id === id))).toEqual([]);
    }
  });

  it('translates at least 80% of field labels (German differs from English)', () => {
    const translated = all.filter(
      ({ field }) => settingLabel('de', field) !== settingLabel('en', field),
    ).length;
    expect(translated / all.length).toBeGreaterThanOrEqual(0.8);
  });

  it('labels every enum and list option in both languages, without repeats', () => {
    for (const { key, field } of all) {
      if (field.kind !== 'enum' && field.kind !== 'orderedList') continue;
      const values = field.options.map((o) => o.value);
      expect(new Set(values).size, key).toBe(values.length);
      for (const language of languages) {
        const texts = fieldTexts(language, field);
        expect(Object.keys(texts?.options ?? {}).sort(), key).toEqual([...values].sort());
        for (const o of field.options) {
          expect(texts?.options?.[o.value]?.trim(), `${key} ${o.value}`).toBeTruthy();
          expect(texts?.unsupportedOptions?.[o.value] !== undefined, `${key} ${o.value}`).toBe(
            o.unsupported === true,
          );
        }
      }
    }
  });

  it('keeps integer defaults inside their bounds', () => {
    for (const { key, field } of all) {
      if (field.kind !== 'integer') continue;
      expect(field.min, key).toBeLessThanOrEqual(field.max);
      expect(field.default, key).toBeGreaterThanOrEqual(field.min);
      expect(field.default, key).toBeLessThanOrEqual(field.max);
    }
  });

  it('has every default validate against its own field schema', () => {
    const required = scope === 'account' ? requiredAccountKeys : [];
    for (const { key, field } of all) {
      const result = fieldSchema(field).safeParse(field.default);
      if (required.includes(key)) {
        expect(result.success, key).toBe(false);
        expect(result.error?.issues[0]?.message, key).toBe('must not be empty');
      } else {
        expect(result.success, `${key}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });
});

describe('manual chapter coverage', () => {
  it('has a global group for each settings chapter of the manual', () => {
    const chapters = globalSettingGroups.map((g) => g.chapter);
    for (const chapter of [
      'Audio',
      'Appearance',
      'Behaviour',
      'Pop-up notifications',
      'Calls',
      'Headset',
      'Automation',
      'Provisioning',
      'Global STUN',
      'TLS',
      'Network',
    ]) {
      expect(chapters).toContain(chapter);
    }
  });

  it('has the global group ids the app relies on', () => {
    const ids = globalSettingGroups.map((g) => g.id);
    for (const id of [
      'media.audio',
      'gui.appearance',
      'gui.behaviour',
      'gui.notifications',
      'functions.calls',
      'functions.headset',
      'functions.automation',
      'functions.provisioning',
      'advanced.stun',
      'advanced.tls',
      'advanced.network',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('has an account group for each section of the Accounts chapter', () => {
    const byChapter = new Map(accountSettingGroups.map((g) => [g.chapter, g.id]));
    expect(Object.fromEntries(byChapter)).toMatchObject({
      'SIP accounts': 'account',
      'SIP Credentials': 'credentials',
      'Optional SIP credentials': 'optionalCredentials',
      Functions: 'functions',
      'Phone number modification': 'numberModification',
      'Preconfigured Extensions': 'extensions',
      'Compatibility modes': 'compatibility',
      Network: 'network',
      'Audio codecs': 'codecs',
      Encryption: 'encryption',
    });
  });

  it('covers every parameter of "Provisioned Settings: Accounts"', () => {
    const keys = fields(accountSettingGroups).map((f) => f.key);
    for (const key of [
      'credentials.domain',
      'credentials.userName',
      'credentials.password',
      'optionalCredentials.outboundProxy',
      'functions.mwi',
      'functions.registerOnStartup',
      'functions.subscribePresence',
      'functions.publishPresence',
      'functions.useBlf',
      'numberModification.removeDialChars',
      'numberModification.useCountryCode',
      'numberModification.defaultCountry',
      'compatibility.dtmfMode',
      'network.transport',
      'network.keepAliveSeconds',
      'network.rport',
      'network.rportMedia',
      'network.stun',
      'codecs.codecs',
      'encryption.srtpKeyNegotiation',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('covers every parameter of "Provisioned Settings: Settings"', () => {
    const keys = fields(globalSettingGroups).map((f) => f.key);
    for (const key of [
      'gui.behaviour.minimiseToTray',
      'gui.behaviour.minimiseOnClose',
      'functions.automation.startWithOs',
      'functions.automation.callEvents.recordAllCalls',
      'advanced.stun.enabled',
      'advanced.stun.server',
      'advanced.stun.port',
      'advanced.tls.overrideDomainName',
      'advanced.tls.domainCertificate',
      'advanced.tls.strongCiphersOnly',
      'advanced.tls.protocolSuite',
    ]) {
      expect(keys).toContain(key);
    }
  });
});

describe('setting texts of both tables', () => {
  it('never share a key, so one catalogue lookup serves global and account fields', () => {
    const globalKeys = fields(globalSettingGroups).map((f) => f.key);
    const accountKeys = new Set(fields(accountSettingGroups).map((f) => f.key));
    expect(globalKeys.filter((key) => accountKeys.has(key))).toEqual([]);
    const accountIds = new Set(accountSettingGroups.map((g) => g.id));
    expect(globalSettingGroups.filter((g) => accountIds.has(g.id))).toEqual([]);
  });

  it('use the full key as text key', () => {
    for (const [, groups] of tables)
      for (const { key, field } of fields(groups)) expect(field.textKey).toBe(key);
  });
});
