/**
 * Reading a certificate to trust (the PBX's own, or the CA that issued it) for any TLS client: SIP,
 * provisioning and contact sources alike. Each caller turns a CertificateError into its own error.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { UserText } from '../../../shared/contract/user-text';

/** The certificate cannot be used; the message says which and why, in English. */
export class CertificateError extends Error {
  constructor(
    readonly code: 'unreadable' | 'invalid',
    message: string,
    options?: ErrorOptions,
    /** The same as a catalogue code (`codes.certificate.*`). */
    readonly text?: UserText,
  ) {
    super(message, options);
    this.name = 'CertificateError';
  }
}

/** Reads a certificate given as PEM text or as a file (PEM or DER) and returns PEM text. */
export async function loadCertificate(
  source: string,
  read: (path: string) => Promise<Buffer> = (path) => readFile(path),
): Promise<string> {
  const inline = source.trimStart().startsWith('-----BEGIN');
  let data: Buffer;
  try {
    data = inline ? Buffer.from(source, 'utf8') : await read(source);
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new CertificateError(
      'unreadable',
      `Cannot read the certificate file ${source} (${why}).`,
      { cause: error },
      { key: 'certificate.unreadable', params: { file: source, why } },
    );
  }
  try {
    const pem = data.toString('utf8');
    if (pem.includes('-----BEGIN CERTIFICATE-----')) {
      new X509Certificate(pem); // throws when the first certificate is unreadable
      return pem;
    }
    return new X509Certificate(data).toString(); // DER, as Windows exports .cer files
  } catch (error) {
    throw new CertificateError(
      'invalid',
      `${inline ? 'The certificate' : `The file ${source}`} is not a readable certificate (PEM or DER).`,
      { cause: error },
      inline
        ? { key: 'certificate.invalidInline', params: {} }
        : { key: 'certificate.invalidFile', params: { file: source } },
    );
  }
}
