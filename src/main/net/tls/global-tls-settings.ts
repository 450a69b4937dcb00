/**
 * The global TLS settings (Functions > Advanced > TLS) for fetching the provisioning file, the same way
 * account-config.ts builds them for an account that uses the global certificate.
 */
import { loadCertificate, tlsSettings, type SettingLookup } from '../sip/account-config';
import type { TlsSettings } from '../sip/transport/tls-options';

/** Throws AccountConfigError when the configured certificate cannot be read. */
export async function provisioningTlsSettings(
  global: SettingLookup,
  read?: (path: string) => Promise<Buffer>,
): Promise<TlsSettings> {
  const value = global('advanced.tls.domainCertificate');
  const certificate = typeof value === 'string' ? value.trim() : '';
  return tlsSettings(global, certificate ? await loadCertificate(certificate, read) : undefined);
}
