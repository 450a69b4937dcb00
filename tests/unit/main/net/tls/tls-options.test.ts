import { describe, expect, it } from 'vitest';
import {
  nodeTlsOptions,
  STRONG_CIPHERS,
  type TlsSettings,
} from '../../../../../src/main/net/tls/tls-options';

const base: TlsSettings = { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true };
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('nodeTlsOptions', () => {
  it('verifies certificates against the system store by default, TLS 1.2+, strong ciphers only', () => {
    const options = nodeTlsOptions(base);
    expect(options).toMatchObject({
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
      ciphers: STRONG_CIPHERS,
    });
    expect(options.ca).toBeUndefined();
    expect(options.servername).toBeUndefined();
    expect(options.checkServerIdentity).toBeUndefined();
  });

  it('the strong cipher list has only forward-secret AEAD suites, TLS 1.3 ones included', () => {
    const suites = STRONG_CIPHERS.split(':');
    expect(suites).toContain('TLS_AES_256_GCM_SHA384');
    for (const suite of suites) expect(suite).toMatch(/^TLS_|^ECDHE-/);
    for (const suite of suites) expect(suite).toMatch(/GCM|CHACHA20/);
  });

  it('trusts the given PBX certificate (even a non-root one) instead of the system store', () => {
    const options = nodeTlsOptions({ ...base, trustedPem: PEM });
    expect(options.ca).toBe(PEM);
    expect(options.allowPartialTrustChain).toBe(true);
  });

  it('turns verification off only when told to', () => {
    expect(nodeTlsOptions({ ...base, verifyCertificate: false }).rejectUnauthorized).toBe(false);
  });

  it('maps the protocol suite to minVersion, and makes TLS 1.0/1.1 possible without strong ciphers', () => {
    expect(nodeTlsOptions({ ...base, minVersion: 'TLSv1.3' }).minVersion).toBe('TLSv1.3');
    const legacy = nodeTlsOptions({ ...base, minVersion: 'TLSv1', strongCiphersOnly: false });
    expect(legacy.minVersion).toBe('TLSv1');
    expect(legacy.ciphers).toBe('DEFAULT:@SECLEVEL=0');
    expect(nodeTlsOptions({ ...base, strongCiphersOnly: false }).ciphers).toBeUndefined();
  });

  it('checks the certificate against the override domain name, sending it as SNI when it is a name', () => {
    const options = nodeTlsOptions({ ...base, serverName: 'pbx.example.com' });
    expect(options.servername).toBe('pbx.example.com');
    const check = options.checkServerIdentity!;
    const cert = { subject: { CN: 'pbx.example.com' }, subjectaltname: 'DNS:pbx.example.com' };
    // the host we dialled (an IP) does not matter any more; the override name does
    expect(check('10.0.0.1', cert as never)).toBeUndefined();
    expect(
      check('10.0.0.1', { subject: { CN: 'other' }, subjectaltname: 'DNS:other' } as never),
    ).toBeInstanceOf(Error);
  });

  it('does not send an IP address as SNI (RFC 6066) but still checks it', () => {
    const options = nodeTlsOptions({ ...base, serverName: '192.0.2.7' });
    expect(options.servername).toBeUndefined();
    expect(options.checkServerIdentity).toBeTypeOf('function');
  });
});
