import { describe, it, expect } from 'vitest';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { fieldSchema, type SettingField, type SettingGroup } from '../../../../src/shared/settings/field';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';

const tables: [string, readonly SettingGroup[]][] = [
  ['global', globalSettingGroups],
  ['account', accountSettingGroups],
];

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
      expect(g.title.en.trim()).not.toBe('');
      expect(g.title.de.trim()).not.toBe('');
      expect(g.fields.length).toBeGreaterThan(0);
    }
    for (const { key, field } of all) {
      expect(field.label.en.trim(), key).not.toBe('');
      expect(field.label.de.trim(), key).not.toBe('');
      for (const text of [field.help, field.unsupported]) {
        if (text) {
          expect(text.en.trim(), key).not.toBe('');
          expect(text.de.trim(), key).not.toBe('');
          expect(text.de, key).not.toBe(text.en);
        }
      }
    }
  });

  it('translates at least 80% of field labels (German differs from English)', () => {
    const translated = all.filter(({ field }) => field.label.de !== field.label.en).length;
    expect(translated / all.length).toBeGreaterThanOrEqual(0.8);
  });

  it('labels every enum and list option in both languages, without repeats', () => {
    for (const { key, field } of all) {
      if (field.kind !== 'enum' && field.kind !== 'orderedList') continue;
      const values = field.options.map((o) => o.value);
      expect(new Set(values).size, key).toBe(values.length);
      for (const o of field.options) {
        expect(o.label.en.trim(), key).not.toBe('');
        expect(o.label.de.trim(), key).not.toBe('');
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
