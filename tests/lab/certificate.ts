import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './process';

/**
 * A per-run self-signed certificate (also its own CA) for a loopback host, written to dir as
 * cert.pem and key.pem. openssl is spawned with an argument array, never a shell; EC keys take
 * milliseconds. Never commit a key: every run makes its own.
 */
export async function writeSelfSignedCertificate(
  dir: string,
  host: string,
): Promise<{ cert: string; key: string }> {
  const config = join(dir, 'openssl.cnf');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await writeFile(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      `CN = ${host}`,
      '[ext]',
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, digitalSignature, keyCertSign',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = IP:${host}, DNS:localhost`,
      'subjectKeyIdentifier = hash',
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '7',
    '-config',
    config,
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}

export interface CaSignedCertificate {
  /** The issuing CA's certificate (PEM file), what a client adds to its trusted certificates. */
  caCert: string;
  /** The server's leaf certificate (PEM file), not a CA, signed by caCert. */
  cert: string;
  key: string;
}

/**
 * A per-run CA and a server certificate it issued, as a real directory or PBX has: the leaf carries
 * CA:FALSE and only the names given (by default just the IP address, so a client that checks the
 * wrong name fails). Files are written to dir with a prefix, so several sets can share a directory.
 */
export async function writeCaSignedCertificate(
  dir: string,
  host: string,
  options: { prefix?: string; dnsNames?: string[] } = {},
): Promise<CaSignedCertificate> {
  const prefix = options.prefix ?? 'issued';
  const path = (name: string): string => join(dir, `${prefix}-${name}`);
  const caConfig = path('ca.cnf');
  const leafExt = path('leaf.ext');
  const caCert = path('ca.pem');
  const caKey = path('ca-key.pem');
  const csr = path('leaf.csr');
  const cert = path('cert.pem');
  const key = path('key.pem');
  await writeFile(
    caConfig,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      `CN = Softphone lab CA ${prefix}`,
      '[ext]',
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      '',
    ].join('\n'),
  );
  const altNames = [`IP:${host}`, ...(options.dnsNames ?? []).map((name) => `DNS:${name}`)];
  await writeFile(
    leafExt,
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${altNames.join(', ')}`,
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-days',
    '7',
    '-config',
    caConfig,
    '-keyout',
    caKey,
    '-out',
    caCert,
  ]);
  await run('openssl', ['req', '-new', ...ec, '-subj', `/CN=${host}`, '-keyout', key, '-out', csr]);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    caCert,
    '-CAkey',
    caKey,
    '-CAcreateserial',
    '-days',
    '7',
    '-extfile',
    leafExt,
    '-out',
    cert,
  ]);
  return { caCert, cert, key };
}
