import { describe, expect, it } from 'vitest';
import { contactSourceConfigSchema } from '../../../../../src/shared/contract';
import { parseSoftphoneJson } from '../../../../../src/main/provisioning/format/softphone-json';
import { ProvisioningFormatError } from '../../../../../src/main/provisioning/provisioning-document';
import { validateSettingValue } from '../../../../../src/shared/settings/registry';
import { docExample } from './doc-examples';

function refusal(text: string): ProvisioningFormatError {
  try {
    parseSoftphoneJson(text);
  } catch (error) {
    if (error instanceof ProvisioningFormatError) return error;
    throw error;
  }
  throw new Error('expected a ProvisioningFormatError');
}

const file = (body: Record<string, unknown>) =>
  JSON.stringify({ format: 'softphone-provisioning', version: 1, ...body }, null, 2);

describe('parseSoftphoneJson', () => {
  it('parses the complete example of docs/provisioning.md, every value valid for its setting', () => {
    const doc = parseSoftphoneJson(docExample('json'));
    expect(doc.format).toBe('softphone-json');
    expect(doc.unknownKeys).toEqual([]);
    expect(doc.secrets).toEqual({ 'functions.provisioning.password': 'provisioning-secret' });
    expect(doc.settings['advanced.stun.server']).toBe('stun.example.com');
    expect(doc.accounts.map((a) => a.key)).toEqual(['201', 'hotline']);
    expect(doc.accounts[0]?.password).toBe('sip-secret-201');
    expect(doc.accounts[0]?.settings['codecs.codecs']).toEqual(['opus', 'g722', 'pcma']);
    expect(doc.accounts[1]?.settings['extensions.voicemailNumber']).toBe('*86800');
    expect(doc.contactSources.map((source) => [source.key, source.secret])).toEqual([
      ['directory', 'ldap-bind-secret'],
      ['pbx-phonebook', 'phonebook-secret'],
    ]);
    for (const source of doc.contactSources) {
      expect(contactSourceConfigSchema.safeParse(source.config).success).toBe(true);
    }
    expect(doc.blfKeys).toEqual([
      { label: 'Reception', target: '200', accountKey: '201' },
      { label: 'Max Mustermann', target: '202' },
    ]);
    // The example must be something the service accepts, or the documentation misleads.
    for (const [key, value] of Object.entries(doc.settings)) {
      expect(validateSettingValue(key, value, 'global')).toMatchObject({ ok: true });
    }
    for (const account of doc.accounts) {
      for (const [key, value] of Object.entries(account.settings)) {
        expect(validateSettingValue(key, value, 'account')).toMatchObject({ ok: true });
      }
    }
  });

  it('covers every settings chapter in the documented example', () => {
    const groups = new Set(
      Object.keys(parseSoftphoneJson(docExample('json')).settings).map((k) =>
        k.split('.').slice(0, -1).join('.'),
      ),
    );
    for (const group of [
      'media.audio',
      'gui.appearance',
      'gui.behaviour',
      'gui.notifications',
      'functions.calls',
      'functions.headset',
      'functions.automation',
      'functions.automation.callEvents',
      'functions.provisioning',
      'advanced.stun',
      'advanced.tls',
      'advanced.network',
    ]) {
      expect(groups).toContain(group);
    }
  });

  it('accepts a minimal file: no settings, no accounts', () => {
    expect(parseSoftphoneJson(file({}))).toEqual({
      format: 'softphone-json',
      settings: {},
      secrets: {},
      accounts: [],
      contactSources: [],
      blfKeys: [],
      unknownKeys: [],
    });
  });

  it('passes values on raw: validation is the service’s job', () => {
    const doc = parseSoftphoneJson(file({ settings: { 'advanced.stun.port': 'not a number' } }));
    expect(doc.settings['advanced.stun.port']).toBe('not a number');
  });

  it('gives the line and column of a JSON syntax error, without quoting the file', () => {
    const text =
      '{\n  "format": "softphone-provisioning",\n  "version": 1\n  "settings": {"x": "hunter2"}\n}';
    const error = refusal(text);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/line 4, column 3/);
    expect(error.message).not.toContain('hunter2');
  });

  it('puts a truncated file’s error at its last line', () => {
    const error = refusal('{\n  "format": "softphone-provisioning",\n  "settings": {');
    expect(error.line).toBe(3);
    expect(refusal('{\n"format":\n').message).toMatch(/end of the file \(line 3\)/);
  });

  it('refuses another version, naming it', () => {
    const error = refusal(JSON.stringify({ format: 'softphone-provisioning', version: 2, future: {} }));
    expect(error.message).toMatch(/version 2 is not supported/);
    expect(error.field).toBe('version');
    expect(refusal(JSON.stringify({ format: 'softphone-provisioning' })).message).toMatch(/version null/);
  });

  it('refuses a JSON file of another kind', () => {
    expect(refusal('{"provisioning": true}').field).toBe('format');
    expect(refusal('[1, 2]').line).toBe(1);
  });

  it('refuses unknown top-level keys and malformed parts, naming them', () => {
    const typo = refusal(file({ setings: {} }));
    expect(typo.message).toMatch(/unknown key "setings"/);
    expect(refusal(file({ accounts: {} })).field).toBe('accounts');
    expect(refusal(file({ accounts: [{ settings: {} }] })).field).toBe('accounts[0].id');
    expect(refusal(file({ accounts: [{ id: 'a', pasword: 'x' }] })).message).toMatch(/"pasword"/);
    expect(refusal(file({ secrets: { 'functions.provisioning.password': 42 } })).field).toBe(
      'secrets.functions.provisioning.password',
    );
  });

  it('refuses two accounts with the same id', () => {
    const error = refusal(file({ accounts: [{ id: 'a' }, { id: 'a' }] }));
    expect(error.field).toBe('accounts[1].id');
  });

  it('refuses a secret inside "settings", naming the field', () => {
    const global = refusal(file({ settings: { 'functions.provisioning.password': 'x' } }));
    expect(global.field).toBe('settings.functions.provisioning.password');
    expect(global.message).toMatch(/put it in "secrets"/);
    const account = refusal(file({ accounts: [{ id: 'main', settings: { 'credentials.password': 'x' } }] }));
    expect(account.field).toBe('accounts[main].credentials.password');
    expect(account.message).not.toContain('"x"');
  });

  it('refuses an ordinary setting inside "secrets"', () => {
    expect(refusal(file({ secrets: { 'advanced.stun.server': 'x' } })).message).toMatch(/not a secret/);
  });

  it('lists unknown keys with where they were, and keeps going', () => {
    const doc = parseSoftphoneJson(
      file({
        settings: { 'foo.bar': 1, 'advanced.stun.enabled': true, __proto__: 'x' },
        secrets: { 'ldap.password': 'p' },
        accounts: [{ id: 'main', settings: { 'x.y': 1, 'credentials.userName': '201' }, password: 'pw' }],
      }),
    );
    expect(doc.unknownKeys).toEqual(['settings.foo.bar', 'secrets.ldap.password', 'accounts[main].x.y']);
    expect(doc.settings).toEqual({ 'advanced.stun.enabled': true });
    expect(doc.secrets).toEqual({});
    expect(doc.accounts).toEqual([
      { key: 'main', settings: { 'credentials.userName': '201' }, password: 'pw' },
    ]);
  });

  it('does not choke on hostile JSON: deep nesting, huge objects', () => {
    expect(refusal('['.repeat(100_000)).line).toBe(1);
    expect(refusal(file({ settings: { a: '['.repeat(50_000) } }).replace('"a"', 'a')).line).toBe(5);
    const many: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) many[`unknown.key${i}`] = i;
    const doc = parseSoftphoneJson(file({ settings: many }));
    expect(doc.unknownKeys).toHaveLength(1000);
  });
});
