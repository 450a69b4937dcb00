import { describe, expect, it } from 'vitest';
import { CertificateError, loadCertificate } from '../../../../../src/main/net/tls/certificate';

// a real self-signed certificate (its key was thrown away), so the X509 parser has something to read
const PEM = `-----BEGIN CERTIFICATE-----
MIIBfjCCASOgAwIBAgIUfyHZ2OuaOkFwFsT0Kp0uI1VdqQcwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMB4XDTI2MTEyMzIyMjYyN1oXDTM2MTEyMDIy
MjYyN1owFDESMBAGA1UEAwwJMTI3LjAuMC4xMFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAENcTMkIRqfsJXmf65Opv5w7HgiE0D+UZH8B38SmFF4dVim8ncnL3OA4/i
BtZLQt2eY5TRNKpBfObDvgw6GBd9mKNTMFEwHQYDVR0OBBYEFJchPPc8TTYxRkwm
91cmzC32vD0SMB8GA1UdIwQYMBaAFJchPPc8TTYxRkwm91cmzC32vD0SMA8GA1Ud
EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAJX80kKfhcaXXuZFL+Sk2NVg
xf0mzGTLgIPOJbrCyQ3+AiEA0yVJv7SR9ICxzlfLWcf92ZDftJKuZxdpDmnb5sTo
tuM=
-----END CERTIFICATE-----
`;

describe('loadCertificate', () => {
  it('reads PEM text inline or from a file, and DER files', async () => {
    expect(await loadCertificate(PEM)).toBe(PEM);
    expect(await loadCertificate('/x.pem', () => Promise.resolve(Buffer.from(PEM)))).toBe(PEM);
    const der = Buffer.from(PEM.split('\n').slice(1, -2).join(''), 'base64');
    expect(await loadCertificate('/x.cer', () => Promise.resolve(der))).toMatch(
      /^-----BEGIN CERTIFICATE-----/,
    );
  });

  it('explains an unreadable or invalid certificate file', async () => {
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    await expect(loadCertificate('/missing.pem', () => Promise.reject(missing))).rejects.toThrow(
      /Cannot read the certificate file \/missing.pem \(ENOENT\)/,
    );
    await expect(loadCertificate('/junk.pem', () => Promise.resolve(Buffer.from('junk')))).rejects.toThrow(
      /not a readable certificate/,
    );
  });

  it('throws a CertificateError that says whether the file was unreadable or invalid', async () => {
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    await expect(loadCertificate('/missing.pem', () => Promise.reject(missing))).rejects.toMatchObject({
      name: 'CertificateError',
      code: 'unreadable',
    });
    const junk = loadCertificate('/junk.pem', () => Promise.resolve(Buffer.from('junk')));
    await expect(junk).rejects.toBeInstanceOf(CertificateError);
    await expect(junk).rejects.toMatchObject({ code: 'invalid' });
  });
});
