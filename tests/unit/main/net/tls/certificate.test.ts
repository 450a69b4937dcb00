import { describe, expect, it } from 'vitest';
import { englishText } from '../../../../../src/main/i18n/translator';
import { CertificateError, loadCertificate } from '../../../../../src/main/net/tls/certificate';
import { PEM } from '../../../../support/test-certificate';

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

  it('sends each failure as a catalogue code that reads as its message', async () => {
    const missing = Object.assign(new Error('nope'), { code: 'ENOENT' });
    const failures = await Promise.all([
      loadCertificate('/missing.pem', () => Promise.reject(missing)).catch((error: unknown) => error),
      loadCertificate('/junk.pem', () => Promise.resolve(Buffer.from('junk'))).catch(
        (error: unknown) => error,
      ),
      loadCertificate('-----BEGIN junk').catch((error: unknown) => error),
    ]);
    const texts = failures.map((error) => (error as CertificateError).text);
    expect(texts).toEqual([
      { key: 'certificate.unreadable', params: { file: '/missing.pem', why: 'ENOENT' } },
      { key: 'certificate.invalidFile', params: { file: '/junk.pem' } },
      { key: 'certificate.invalidInline', params: {} },
    ]);
    failures.forEach((error, index) => {
      expect(englishText(texts[index]!)).toBe((error as CertificateError).message);
    });
  });
});
