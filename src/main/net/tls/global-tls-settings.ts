/**
 * The global TLS settings (Functions > Advanced > TLS) as TlsSettings: what SIP uses for an account
 * that trusts the global certificate, and what provisioning and contact sources always use.
 */
import { loadCertificate } from './certificate';
import type { TlsMinVersion, TlsSettings } from './tls-options';

export type SettingLookup = (key: string) => unknown;

const tlsVersions: readonly TlsMinVersion[] = ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1'];

function text(global: SettingLookup, key: string): string {
  const value = global(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** The global TLS settings (Advanced > TLS) with the certificate to trust, for SIP and provisioning alike. */
export function tlsSettings(global: SettingLookup, certificatePem: string | undefined): TlsSettings {
  const version = global('advanced.tls.protocolSuite');
  return {
    trustedPem: certificatePem,
    serverName: text(global, 'advanced.tls.overrideDomainName') || undefined,
    minVersion: tlsVersions.includes(version as TlsMinVersion) ? (version as TlsMinVersion) : 'TLSv1.2',
    strongCiphersOnly: global('advanced.tls.strongCiphersOnly') !== false,
    verifyCertificate: global('advanced.tls.disableCertificateVerification') !== true,
  };
}

/** tlsSettings() after reading the global domain certificate; throws CertificateError. */
export async function globalTlsSettings(
  global: SettingLookup,
  read?: (path: string) => Promise<Buffer>,
): Promise<TlsSettings> {
  const certificate = text(global, 'advanced.tls.domainCertificate');
  return tlsSettings(global, certificate ? await loadCertificate(certificate, read) : undefined);
}
