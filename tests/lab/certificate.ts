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
