/**
 * The manual's TLS settings (Functions > Advanced > TLS, and an account's Encryption group) as real Node
 * TLS client options. Shared by every TLS-based transport: WSS today, SIP over TLS later.
 */
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { checkServerIdentity } from 'node:tls';

/** The "Protocol suite" setting: the oldest TLS version accepted. */
export type TlsMinVersion = 'TLSv1.3' | 'TLSv1.2' | 'TLSv1.1' | 'TLSv1';

export interface TlsSettings {
  /**
   * PEM text of the certificate(s) to trust instead of the system store: the PBX's own certificate (the
   * manual says to export it from the PBX, not its root) or the CA that issued it.
   */
  trustedPem?: string | undefined;
  /** "Override domain name": the name the server certificate must carry instead of the host we dial. */
  serverName?: string | undefined;
  minVersion: TlsMinVersion;
  strongCiphersOnly: boolean;
  /** False only when the user turned "Disable certificate verification" on. */
  verifyCertificate: boolean;
}

/**
 * "Use only strong ciphers": forward-secret AEAD suites only (the TLS 1.3 suites and ECDHE with
 * AES-GCM or ChaCha20-Poly1305 for TLS 1.2), following Mozilla's "intermediate" profile without DHE.
 * Listing the TLS 1.3 suites here keeps them enabled (Node takes TLS_* names from the same string).
 */
export const STRONG_CIPHERS = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
].join(':');

/**
 * OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; a user who explicitly allows them (and
 * did not ask for strong ciphers) gets them.
 */
const LEGACY_CIPHERS = 'DEFAULT:@SECLEVEL=0';

export function nodeTlsOptions(settings: TlsSettings): ConnectionOptions {
  const options: ConnectionOptions = {
    minVersion: settings.minVersion,
    rejectUnauthorized: settings.verifyCertificate,
  };
  if (settings.trustedPem) {
    options.ca = settings.trustedPem;
    // the PBX's own (non-root) certificate is enough to trust it, as the manual promises
    options.allowPartialTrustChain = true;
  }
  if (settings.strongCiphersOnly) options.ciphers = STRONG_CIPHERS;
  else if (settings.minVersion === 'TLSv1' || settings.minVersion === 'TLSv1.1') {
    options.ciphers = LEGACY_CIPHERS;
  }
  const name = settings.serverName;
  if (name) {
    // SNI may only carry a DNS name (RFC 6066 §3); the identity check works for names and addresses
    if (isIP(name) === 0) options.servername = name;
    options.checkServerIdentity = (_host, certificate) => checkServerIdentity(name, certificate);
  }
  return options;
}
