import { describe, expect, it } from 'vitest';
import {
  AccountConfigError,
  accountConfigFrom,
  certificateSource,
  deriveServerUrl,
  escapeSipUser,
  loadAccountConfig,
  type SettingLookup,
} from '../../../../src/main/sip/account-config';
import { englishText, translate } from '../../../../src/main/i18n/translator';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { PEM } from '../../../support/test-certificate';

const accountDefaults = new SettingCatalog(accountSettingGroups).defaults();
const globalDefaults = new SettingCatalog(globalSettingGroups).defaults();

function account(values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...accountDefaults,
    'credentials.domain': 'pbx.example.com',
    'credentials.userName': '1001',
    ...values,
  };
}

function global(values: Record<string, unknown> = {}): SettingLookup {
  const all = { ...globalDefaults, ...values };
  return (key) => all[key];
}

const input = (settings = account(), g = global()) => ({
  accountId: 'a1',
  settings,
  password: 'secret-pw',
  global: g,
});

describe('deriveServerUrl', () => {
  it('uses Asterisk’s secure WebSocket default (port 8089, path /ws) when no port is given', () => {
    expect(deriveServerUrl('pbx.example.com')).toBe('wss://pbx.example.com:8089/ws');
  });

  it('keeps an explicit port, and IPv6 brackets', () => {
    expect(deriveServerUrl('pbx.example.com:443')).toBe('wss://pbx.example.com:443/ws');
    expect(deriveServerUrl('[2001:db8::1]:7443')).toBe('wss://[2001:db8::1]:7443/ws');
    expect(deriveServerUrl('[2001:db8::1]')).toBe('wss://[2001:db8::1]:8089/ws');
  });
});

describe('accountConfigFrom', () => {
  it('maps credentials, display name, timers and the derived server', () => {
    const config = accountConfigFrom(
      input(
        account({
          'functions.displayName': 'Alice',
          'network.registrationExpirySeconds': 600,
          'network.keepAliveSeconds': 15,
        }),
      ),
    );
    expect(config).toMatchObject({
      accountId: 'a1',
      aor: 'sip:1001@pbx.example.com',
      authorizationUserName: '1001',
      password: 'secret-pw',
      displayName: 'Alice',
      server: 'wss://pbx.example.com:8089/ws',
      routeSet: [],
      registrationExpirySeconds: 600,
      keepAliveSeconds: 15,
    });
  });

  it('uses the authorisation user name when set', () => {
    const config = accountConfigFrom(
      input(account({ 'optionalCredentials.authorizationUserName': 'auth-1001' })),
    );
    expect(config.authorizationUserName).toBe('auth-1001');
  });

  it('prefers the WebSocket server setting over the domain', () => {
    const config = accountConfigFrom(input(account({ 'optionalCredentials.wsUrl': 'ws://127.0.0.1:5066/' })));
    expect(config.server).toBe('ws://127.0.0.1:5066/');
  });

  it('connects to the outbound proxy and routes through it', () => {
    const config = accountConfigFrom(
      input(account({ 'optionalCredentials.outboundProxy': 'proxy.example.com:8443' })),
    );
    expect(config.server).toBe('wss://proxy.example.com:8443/ws');
    expect(config.routeSet).toEqual(['<sip:proxy.example.com:8443;lr>']);
    const both = accountConfigFrom(
      input(
        account({
          'optionalCredentials.outboundProxy': 'proxy.example.com',
          'optionalCredentials.wsUrl': 'wss://edge.example.com/sip',
        }),
      ),
    );
    expect(both.server).toBe('wss://edge.example.com/sip');
    expect(both.routeSet).toEqual(['<sip:proxy.example.com;lr>']);
  });

  it('escapes characters a SIP user part may not carry', () => {
    expect(escapeSipUser('+49 (30) 1234')).toBe('+49%20(30)%201234');
    expect(escapeSipUser('müller@home')).toBe('m%C3%BCller%40home');
    expect(accountConfigFrom(input(account({ 'credentials.userName': 'a b' }))).aor).toBe(
      'sip:a%20b@pbx.example.com',
    );
  });

  it('maps the global TLS settings', () => {
    const config = accountConfigFrom({
      ...input(
        account(),
        global({
          'advanced.tls.overrideDomainName': 'pbx.internal',
          'advanced.tls.protocolSuite': 'TLSv1.3',
          'advanced.tls.strongCiphersOnly': false,
          'advanced.tls.disableCertificateVerification': true,
        }),
      ),
      certificatePem: PEM,
    });
    expect(config.tls).toEqual({
      trustedPem: PEM,
      serverName: 'pbx.internal',
      minVersion: 'TLSv1.3',
      strongCiphersOnly: false,
      verifyCertificate: false,
    });
    expect(accountConfigFrom(input()).tls).toEqual({
      trustedPem: undefined,
      serverName: undefined,
      minVersion: 'TLSv1.2',
      strongCiphersOnly: true,
      verifyCertificate: true,
    });
  });

  it('refuses an account without domain or user name, and transports other than WSS', () => {
    expect(() => accountConfigFrom(input(account({ 'credentials.domain': '' })))).toThrow(AccountConfigError);
    expect(() => accountConfigFrom(input(account({ 'credentials.userName': ' ' })))).toThrow(/user name/);
    expect(() => accountConfigFrom(input(account({ 'network.transport': 'udp' })))).toThrow(
      /UDP is not supported/,
    );
  });

  it('treats a missing password as empty (some PBXs need none)', () => {
    expect(accountConfigFrom({ ...input(), password: undefined }).password).toBe('');
  });
});

describe('certificates', () => {
  it('picks the account file, the global domain certificate, or the system store', () => {
    expect(certificateSource(account(), global())).toBeUndefined();
    expect(
      certificateSource(
        account({ 'encryption.certificateUse': 'file', 'encryption.certificateFile': '/etc/pbx.pem' }),
        global(),
      ),
    ).toBe('/etc/pbx.pem');
    expect(
      certificateSource(
        account({ 'encryption.certificateUse': 'global' }),
        global({ 'advanced.tls.domainCertificate': '/etc/ca.pem' }),
      ),
    ).toBe('/etc/ca.pem');
    expect(certificateSource(account({ 'encryption.certificateUse': 'global' }), global())).toBeUndefined();
    expect(() => certificateSource(account({ 'encryption.certificateUse': 'file' }), global())).toThrow(
      /no certificate file/,
    );
  });

  it('loadAccountConfig reads the configured certificate into the TLS settings', async () => {
    const settings = account({
      'encryption.certificateUse': 'file',
      'encryption.certificateFile': '/pbx.pem',
    });
    const config = await loadAccountConfig(input(settings), () => Promise.resolve(Buffer.from(PEM)));
    expect(config.tls.trustedPem).toBe(PEM);
  });

  it('loadAccountConfig explains an unreadable certificate file as an AccountConfigError', async () => {
    const settings = account({
      'encryption.certificateUse': 'file',
      'encryption.certificateFile': '/missing.pem',
    });
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    const loading = loadAccountConfig(input(settings), () => Promise.reject(missing));
    await expect(loading).rejects.toBeInstanceOf(AccountConfigError);
    await expect(loading).rejects.toThrow(/Cannot read the certificate file \/missing.pem \(ENOENT\)/);
  });
});

describe('AccountConfigError carries its catalogue code (the accounts list shows it in the UI language)', () => {
  /** The error `run` throws or rejects with, checked to be worded by its code. */
  async function problem(run: () => unknown): Promise<AccountConfigError> {
    const error = await Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(AccountConfigError);
    const { text, message } = error as AccountConfigError;
    expect(text).toBeDefined();
    if (text) expect(englishText(text)).toBe(message);
    return error as AccountConfigError;
  }

  const german = (error: AccountConfigError): string =>
    translate('de', `codes.${error.text?.key ?? ''}`, error.text?.params);

  it('a missing domain or user name, a transport other than WSS, a bad host or WebSocket address', async () => {
    const noDomain = await problem(() => accountConfigFrom(input(account({ 'credentials.domain': '' }))));
    expect(noDomain.text).toEqual({ key: 'accountConfig.noDomain', params: {} });
    expect(german(noDomain)).toBe(
      'Das Konto hat keine Domain. Geben Sie die Adresse der Telefonanlage unter „SIP-Zugangsdaten“ ein.',
    );
    const noUser = await problem(() => accountConfigFrom(input(account({ 'credentials.userName': ' ' }))));
    expect(noUser.text?.key).toBe('accountConfig.noUserName');
    const udp = await problem(() => accountConfigFrom(input(account({ 'network.transport': 'udp' }))));
    expect(udp.text).toEqual({ key: 'accountConfig.transportUnsupported', params: { transport: 'UDP' } });
    expect(german(udp)).toMatch(/^Das Transportprotokoll UDP wird noch nicht unterstützt/);
    const host = await problem(() => deriveServerUrl('a:b:c'));
    expect(host.text).toEqual({ key: 'accountConfig.notHostPort', params: { value: 'a:b:c' } });
    const ws = await problem(() =>
      accountConfigFrom(input(account({ 'optionalCredentials.wsUrl': 'https://pbx.example.com' }))),
    );
    expect(ws.text).toEqual({
      key: 'accountConfig.notWebSocket',
      params: { server: 'https://pbx.example.com' },
    });
    expect(german(ws)).toBe(
      '„https://pbx.example.com“ ist keine ws://- oder wss://-Adresse. Prüfen Sie die Einstellung „WebSocket-Server“.',
    );
  });

  it('a certificate file that is not chosen, unreadable or no certificate', async () => {
    const none = await problem(() =>
      certificateSource(account({ 'encryption.certificateUse': 'file' }), global()),
    );
    expect(none.text?.key).toBe('accountConfig.noCertificateFile');
    const settings = account({ 'encryption.certificateUse': 'file', 'encryption.certificateFile': '/x.pem' });
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    const unreadable = await problem(() => loadAccountConfig(input(settings), () => Promise.reject(missing)));
    expect(unreadable.text).toEqual({
      key: 'accountConfig.certificateUnreadable',
      params: { file: '/x.pem', why: 'ENOENT' },
    });
    expect(german(unreadable)).toBe('Die Zertifikatsdatei /x.pem kann nicht gelesen werden (ENOENT).');
    const garbage = await problem(() =>
      loadAccountConfig(input(settings), () => Promise.resolve(Buffer.from('not a certificate'))),
    );
    expect(garbage.text).toEqual({ key: 'accountConfig.certificateFileInvalid', params: { file: '/x.pem' } });
    const inline = await problem(() =>
      loadAccountConfig(
        input(account({ 'encryption.certificateUse': 'file', 'encryption.certificateFile': '-----BEGIN x' })),
      ),
    );
    expect(inline.text).toEqual({ key: 'accountConfig.certificateInvalid' });
  });
});
