/**
 * The global TLS settings (Functions > Advanced > TLS) for fetching the provisioning file, the same way
 * account-config.ts builds them for an account that uses the global certificate.
 */
import { loadCertificate, type SettingLookup } from '../sip/account-config';
import type { TlsMinVersion, TlsSettings } from '../sip/transport/tls-options';

const tlsVersions: readonly TlsMinVersion[] = ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1'];

/** Throws AccountConfigError when the configured certificate cannot be read. */
export async function provisioningTlsSettings(
  global: SettingLookup,
  read?: (path: string) => Promise<Buffer>,
): Promise<TlsSettings> {
  const text = (key: string): string => {
    const value = global(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const certificate = text('advanced.tls.domainCertificate');
  const version = global('advanced.tls.protocolSuite');
  return {
    trustedPem: certificate ? await loadCertificate(certificate, read) : undefined,
    serverName: text('advanced.tls.overrideDomainName') || undefined,
    minVersion: tlsVersions.includes(version as TlsMinVersion) ? (version as TlsMinVersion) : 'TLSv1.2',
    strongCiphersOnly: global('advanced.tls.strongCiphersOnly') !== false,
    verifyCertificate: global('advanced.tls.disableCertificateVerification') !== true,
  };
}
