import { getCACertificates } from 'node:tls';
import { describe, expect, it, vi } from 'vitest';
import { STRONG_CIPHERS, type TlsSettings } from '../../../../../src/main/net/tls/tls-options';
import { silentLogger, type Logger } from '../../../../../src/main/log/logger';
import {
  activeDirectoryAttributes,
  inetOrgPersonAttributes,
  ldapConnectionOptions,
  resolveLdapConfig,
} from '../../../../../src/main/contacts/ldap/ldap-config';

const base = { id: 'pbx', host: 'pbx.example.com', baseDn: 'dc=auerswald' };

function recordingLogger(): { logger: Logger; warn: ReturnType<typeof vi.fn> } {
  const warn = vi.fn();
  return { logger: { ...silentLogger, warn, child: () => silentLogger }, warn };
}

describe('resolveLdapConfig', () => {
  it('fills the defaults', () => {
    expect(resolveLdapConfig(base)).toEqual({
      ...base,
      port: 389,
      security: 'none',
      ignoreCertificate: false,
      bindDn: '',
      resultLimit: 50,
      connectTimeoutMs: 5_000,
      searchTimeoutMs: 8_000,
      attributes: inetOrgPersonAttributes,
    });
  });

  it('uses 636 for LDAPS and the AD preset with overrides', () => {
    const config = resolveLdapConfig({
      ...base,
      security: 'ldaps',
      attributePreset: 'activeDirectory',
      attributes: { email: ['userPrincipalName'] },
    });
    expect(config.port).toBe(636);
    expect(config.attributes).toEqual({ ...activeDirectoryAttributes, email: ['userPrincipalName'] });
  });

  it('defaults to StartTLS when it binds with a DN, and keeps an explicit none', () => {
    const bound = resolveLdapConfig({ ...base, bindDn: 'cn=phone,dc=auerswald' });
    expect(bound).toMatchObject({ security: 'starttls', port: 389 });
    expect(resolveLdapConfig({ ...base, bindDn: 'cn=phone', security: 'none' }).security).toBe('none');
  });

  it('defaults to LDAPS on port 636', () => {
    expect(resolveLdapConfig({ ...base, port: 636 })).toMatchObject({ security: 'ldaps', port: 636 });
    expect(resolveLdapConfig({ ...base, port: 636, bindDn: 'cn=phone' }).security).toBe('ldaps');
  });

  it('refuses bad input', () => {
    expect(() => resolveLdapConfig({ ...base, host: ' ' })).toThrow();
    expect(() => resolveLdapConfig({ ...base, resultLimit: 0 })).toThrow();
    expect(() => resolveLdapConfig({ ...base, attributes: { email: ['mail)(x'] } })).toThrow();
  });
});

describe('ldapConnectionOptions (TLS mapping)', () => {
  it('plain LDAP has no TLS options', () => {
    const options = ldapConnectionOptions(resolveLdapConfig(base), silentLogger);
    expect(options).toEqual({
      client: { url: 'ldap://pbx.example.com:389', connectTimeout: 5_000, timeout: 8_000 },
    });
  });

  it('LDAPS verifies the certificate with SNI and the extra CA', () => {
    const config = resolveLdapConfig({ ...base, security: 'ldaps', caPem: 'PEM' });
    const options = ldapConnectionOptions(config, silentLogger);
    expect(options.client.url).toBe('ldaps://pbx.example.com:636');
    expect(options.client.tlsOptions).toEqual({
      rejectUnauthorized: true,
      // added to the default store, not instead of it; the server's own certificate is enough
      ca: [...getCACertificates('default'), 'PEM'],
      allowPartialTrustChain: true,
      host: 'pbx.example.com',
      servername: 'pbx.example.com',
    });
    expect(options.startTls).toBeUndefined();
  });

  it('takes protocol floor, ciphers, trust and verification from the global TLS settings', () => {
    const { logger, warn } = recordingLogger();
    const config = resolveLdapConfig({ ...base, security: 'ldaps', caPem: 'LDAP-PEM' });
    const settings: TlsSettings = {
      trustedPem: 'GLOBAL-PEM',
      serverName: 'pbx.other.example',
      minVersion: 'TLSv1.3',
      strongCiphersOnly: true,
      verifyCertificate: true,
    };
    const tls = ldapConnectionOptions(config, logger, settings).client.tlsOptions;
    expect(tls).toMatchObject({ minVersion: 'TLSv1.3', ciphers: STRONG_CIPHERS, rejectUnauthorized: true });
    expect(tls?.ca).toEqual([...getCACertificates('default'), 'LDAP-PEM', 'GLOBAL-PEM']);
    // the PBX's "Override domain name" is not the directory's
    expect(tls?.servername).toBe('pbx.example.com');
    expect(tls?.checkServerIdentity).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    const off = ldapConnectionOptions(config, logger, { ...settings, verifyCertificate: false });
    expect(off.client.tlsOptions?.rejectUnauthorized).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/certificate checks are off .*TLS settings/));
  });

  it('StartTLS upgrades an ldap:// connection; IP hosts get no SNI', () => {
    const config = resolveLdapConfig({ ...base, host: '192.168.0.10', security: 'starttls' });
    const options = ldapConnectionOptions(config, silentLogger);
    expect(options.client.url).toBe('ldap://192.168.0.10:389');
    expect(options.client.tlsOptions).toBeUndefined();
    // StartTLS upgrades a socket: the host must be given for the certificate check
    expect(options.startTls).toEqual({ rejectUnauthorized: true, host: '192.168.0.10' });
  });

  it('brackets IPv6 literals', () => {
    const config = resolveLdapConfig({ ...base, host: '::1', security: 'ldaps' });
    expect(ldapConnectionOptions(config, silentLogger).client.url).toBe('ldaps://[::1]:636');
  });

  it('ignoring the certificate turns verification off and logs a warning', () => {
    const { logger, warn } = recordingLogger();
    const config = resolveLdapConfig({ ...base, security: 'ldaps', ignoreCertificate: true });
    const options = ldapConnectionOptions(config, logger);
    expect(options.client.tlsOptions?.rejectUnauthorized).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/certificate checks are off/));
  });

  it('without TLS warns that the connection is unencrypted, not about certificates', () => {
    const { logger, warn } = recordingLogger();
    ldapConnectionOptions(resolveLdapConfig({ ...base, ignoreCertificate: true }), logger);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/searches and directory entries travel unencrypted/),
    );
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/certificate checks are off/));
  });

  it('names the bind password when plain LDAP binds with a DN', () => {
    const { logger, warn } = recordingLogger();
    const config = resolveLdapConfig({ ...base, security: 'none', bindDn: 'cn=phone' });
    ldapConnectionOptions(config, logger);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the bind DN, the password .* unencrypted/));
  });

  it('does not warn about cleartext once TLS is on', () => {
    const { logger, warn } = recordingLogger();
    ldapConnectionOptions(resolveLdapConfig({ ...base, security: 'starttls', bindDn: 'cn=phone' }), logger);
    expect(warn).not.toHaveBeenCalled();
  });
});
