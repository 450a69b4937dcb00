import {
  settingHelp,
  settingLabel,
  settingUnsupportedReason,
} from '../../../../src/shared/i18n/setting-texts';
import { describe, it, expect } from 'vitest';
import {
  accountDefaults,
  accountSettingsSchema,
  allAccountFields,
  allGlobalFields,
  findAccountField,
  findGlobalField,
  globalDefaults,
  globalSettingsSchema,
  validateSettingValue,
} from '../../../../src/shared/settings/registry';

describe('global settings registry', () => {
  it('lists every field once with its full key', () => {
    const keys = allGlobalFields().map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of allGlobalFields()) expect(e.key).toBe(`${e.group.id}.${e.field.key}`);
  });

  it('has defaults that pass the whole schema', () => {
    expect(globalSettingsSchema.safeParse(globalDefaults()).success).toBe(true);
  });

  it('leaves secrets out of defaults and schema', () => {
    expect(findGlobalField('functions.provisioning.password')?.field.kind).toBe('secret');
    expect(globalDefaults()).not.toHaveProperty('functions.provisioning.password');
    expect(Object.keys(globalSettingsSchema.shape)).not.toContain('functions.provisioning.password');
  });

  it('returns a fresh copy of the defaults each time', () => {
    const a = globalDefaults();
    a['advanced.stun.server'] = 'changed.example.com';
    expect(globalDefaults()['advanced.stun.server']).toBe('');
  });

  it('has the Global STUN server field the app relies on', () => {
    const entry = findGlobalField('advanced.stun.server');
    expect(entry?.field).toMatchObject({
      kind: 'string',
      format: 'hostPort',
      optional: true,
      default: '',
    });
    expect(settingLabel('en', entry!.field)).toBe('STUN server');
    expect(entry?.group.chapter).toBe('Global STUN');
  });

  it('accepts a STUN host:port and refuses a bad host, naming the field', () => {
    expect(validateSettingValue('advanced.stun.server', 'stun.example.com:3478', 'global')).toEqual({
      ok: true,
      value: 'stun.example.com:3478',
    });
    expect(validateSettingValue('advanced.stun.server', '', 'global').ok).toBe(true);
    const bad = validateSettingValue('advanced.stun.server', 'bad host!', 'global');
    expect(bad).toEqual({
      ok: false,
      field: 'advanced.stun.server',
      message: 'STUN server: must be host or host:port',
    });
    expect(validateSettingValue('advanced.stun.server', 'stun.example.com:70000', 'global').ok).toBe(false);
  });

  it('bounds the ICE gathering budget to 50..5000 ms, default 300', () => {
    expect(findGlobalField('functions.calls.iceGatheringBudgetMs')?.field).toMatchObject({
      kind: 'integer',
      min: 50,
      max: 5000,
      unit: 'ms',
      default: 300,
    });
    const low = validateSettingValue('functions.calls.iceGatheringBudgetMs', 49, 'global');
    expect(low).toEqual({
      ok: false,
      field: 'functions.calls.iceGatheringBudgetMs',
      message: 'Wait for network addresses (ICE): must be at least 50',
    });
    const high = validateSettingValue('functions.calls.iceGatheringBudgetMs', 5001, 'global');
    expect(high.ok === false && high.message).toBe('Wait for network addresses (ICE): must be at most 5000');
    const frac = validateSettingValue('functions.calls.iceGatheringBudgetMs', 300.5, 'global');
    expect(frac.ok === false && frac.message).toMatch(/^Wait for network addresses \(ICE\): .*whole number/);
  });

  it('has call waiting on by default', () => {
    const field = findGlobalField('functions.calls.callWaiting')!.field;
    expect(field).toMatchObject({ kind: 'boolean', default: true });
    expect(settingLabel('en', field)).toBe('Call waiting');
  });

  it('offers system, en and de as languages and system, light and dark as themes', () => {
    const values = (key: string) => {
      const f = findGlobalField(key)?.field;
      return f?.kind === 'enum' ? f.options.map((o) => o.value) : [];
    };
    expect(values('gui.appearance.language')).toEqual(['system', 'en', 'de']);
    expect(values('gui.appearance.theme')).toEqual(['system', 'light', 'dark']);
    expect(validateSettingValue('gui.appearance.theme', 'purple', 'global')).toMatchObject({
      ok: false,
      message: 'Theme: must be one of system, light, dark',
    });
  });

  it("defaults audio devices to the system's device", () => {
    for (const key of ['inputDevice', 'outputDevice', 'ringerDevice']) {
      expect(findGlobalField(`media.audio.${key}`)?.field).toMatchObject({
        kind: 'string',
        default: 'default',
      });
    }
  });

  it('refuses wrong types, unknown keys, secrets and account keys', () => {
    const wrongType = validateSettingValue('media.audio.echoCancellation', 'yes', 'global');
    expect(wrongType).toMatchObject({ ok: false, field: 'media.audio.echoCancellation' });
    expect(wrongType.ok === false && wrongType.message).toMatch(/^Echo cancellation: /);
    expect(validateSettingValue('media.audio.nope', true, 'global')).toMatchObject({ ok: false });
    const secret = validateSettingValue('functions.provisioning.password', 'hunter2', 'global');
    expect(secret.ok === false && secret.message).toMatch(/^Password: .*keychain/);
    expect(validateSettingValue('credentials.domain', 'pbx.example.com', 'global').ok).toBe(false);
  });
});

describe('account settings registry', () => {
  const filled = () => ({
    ...accountDefaults(),
    'credentials.domain': 'pbx.example.com',
    'credentials.userName': '201',
  });

  it('lists every field once', () => {
    const keys = allAccountFields().map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a blank account until domain and user name are set', () => {
    const blank = accountSettingsSchema.safeParse(accountDefaults());
    expect(blank.success).toBe(false);
    const paths = blank.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths.sort()).toEqual(['credentials.domain', 'credentials.userName']);
    expect(accountSettingsSchema.safeParse(filled()).success).toBe(true);
  });

  it('has the defaults a WebRTC account needs', () => {
    const d = accountDefaults();
    expect(d['codecs.codecs']).toEqual(['opus', 'g722', 'pcmu', 'pcma']);
    expect(d['network.transport']).toBe('wss');
    expect(d['network.registrationExpirySeconds']).toBe(3600);
    expect(d['functions.registerOnStartup']).toBe(true);
    expect(d['compatibility.dtmfMode']).toBe('rfc4733');
    expect(d['optionalCredentials.wsUrl']).toBe('');
    expect(d).not.toHaveProperty('credentials.password');
  });

  it('returns fresh list defaults each time', () => {
    const list = accountDefaults()['codecs.codecs'] as string[];
    list.pop();
    expect(accountDefaults()['codecs.codecs']).toHaveLength(4);
  });

  it('bounds registration expiry to 60..86400 s with a message naming the field', () => {
    expect(validateSettingValue('network.registrationExpirySeconds', 60, 'account').ok).toBe(true);
    expect(validateSettingValue('network.registrationExpirySeconds', 59, 'account')).toEqual({
      ok: false,
      field: 'network.registrationExpirySeconds',
      message: 'Registration expiry: must be at least 60',
    });
    const high = validateSettingValue('network.registrationExpirySeconds', 86401, 'account');
    expect(high.ok === false && high.message).toBe('Registration expiry: must be at most 86400');
  });

  it('requires a domain and validates its form', () => {
    expect(validateSettingValue('credentials.domain', '', 'account')).toEqual({
      ok: false,
      field: 'credentials.domain',
      message: 'Domain: must not be empty',
    });
    expect(validateSettingValue('credentials.domain', '192.168.0.240:5060', 'account').ok).toBe(true);
    expect(validateSettingValue('credentials.domain', 'sip example.com', 'account').ok).toBe(false);
  });

  it('accepts only ws(s) URLs for the WebSocket server, or empty', () => {
    expect(validateSettingValue('optionalCredentials.wsUrl', '', 'account').ok).toBe(true);
    expect(
      validateSettingValue('optionalCredentials.wsUrl', 'wss://pbx.example.com:8089/ws', 'account').ok,
    ).toBe(true);
    expect(validateSettingValue('optionalCredentials.wsUrl', 'https://pbx.example.com', 'account').ok).toBe(
      false,
    );
  });

  it('accepts codec reorderings and subsets, refusing repeats and unknown codecs', () => {
    expect(validateSettingValue('codecs.codecs', ['pcma', 'opus'], 'account').ok).toBe(true);
    expect(validateSettingValue('codecs.codecs', ['opus', 'opus'], 'account').ok).toBe(false);
    expect(validateSettingValue('codecs.codecs', ['g729'], 'account').ok).toBe(false);
  });

  it('marks settings a WebRTC phone cannot honour, in both languages', () => {
    const field = (key: string) => findAccountField(key)!.field;
    for (const key of ['encryption.zrtp', 'encryption.srtpKeyNegotiation', 'network.rportMedia']) {
      expect(field(key).unsupported, key).toBe(true);
      expect(settingUnsupportedReason('en', field(key)), key).toBeTruthy();
      expect(settingUnsupportedReason('de', field(key)), key).toBeTruthy();
    }
    expect(settingUnsupportedReason('en', field('encryption.srtpKeyNegotiation'))).toMatch(/DTLS-SRTP/);
    // The transport field is supported (wss); its other options are explained in the help text.
    expect(field('network.transport').unsupported).toBeUndefined();
    expect(settingHelp('en', field('network.transport'))).toMatch(/WSS/);
  });

  it('keeps account and global keys apart', () => {
    expect(findAccountField('advanced.stun.server')).toBeUndefined();
    expect(validateSettingValue('advanced.stun.server', 'stun.example.com', 'account').ok).toBe(false);
  });
});
