import { isIP } from 'node:net';
import * as tls from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { ClientOptions } from 'ldapts';
import { z } from 'zod';
import { defaultLdapSecurity, ldapCleartextExposure } from '../../../shared/security/cleartext';
import type { Logger } from '../../log/logger';
import { nodeTlsOptions, type TlsSettings } from '../../net/tls/tls-options';
import type { PhoneType } from '../contact';

/**
 * Settings of one LDAP directory (the manual's "LDAP > Access data / Attribute" pages).
 * The bind password is not part of it: it lives in the keychain and is handed to the source
 * separately, so a config object can be logged or sent to the renderer safely.
 */
export const ldapSecurities = ['none', 'ldaps', 'starttls'] as const;
export type LdapSecurity = (typeof ldapSecurities)[number];

export interface LdapPhoneAttribute {
  attribute: string;
  type: PhoneType;
}

/** Which LDAP attributes fill which Contact field; the first attribute with a value wins. */
export interface LdapAttributeMap {
  firstName: string[];
  lastName: string[];
  displayName: string[];
  company: string[];
  department: string[];
  email: string[];
  /** Every value of every attribute becomes a phone (multi-valued telephoneNumber → several). */
  phones: LdapPhoneAttribute[];
  /** Searched with a substring match for every word of a query. */
  search: string[];
  /** Entries must carry one of these object classes; empty means no restriction. */
  objectClasses: string[];
}

export const inetOrgPersonAttributes: LdapAttributeMap = {
  firstName: ['givenName'],
  lastName: ['sn'],
  displayName: ['displayName', 'cn'],
  company: ['o'],
  department: ['ou'],
  email: ['mail'],
  phones: [
    { attribute: 'telephoneNumber', type: 'work' },
    { attribute: 'mobile', type: 'mobile' },
    { attribute: 'homePhone', type: 'home' },
    { attribute: 'facsimileTelephoneNumber', type: 'fax' },
  ],
  search: ['cn', 'displayName', 'givenName', 'sn', 'o'],
  objectClasses: ['inetOrgPerson'],
};

export const activeDirectoryAttributes: LdapAttributeMap = {
  firstName: ['givenName'],
  lastName: ['sn'],
  displayName: ['displayName', 'cn', 'name'],
  company: ['company', 'o'],
  department: ['department', 'ou'],
  email: ['mail'],
  phones: [
    { attribute: 'telephoneNumber', type: 'work' },
    { attribute: 'ipPhone', type: 'work' },
    { attribute: 'otherTelephone', type: 'work' },
    { attribute: 'mobile', type: 'mobile' },
    { attribute: 'otherMobile', type: 'mobile' },
    { attribute: 'homePhone', type: 'home' },
    { attribute: 'otherHomePhone', type: 'home' },
    { attribute: 'facsimileTelephoneNumber', type: 'fax' },
    { attribute: 'otherFacsimileTelephoneNumber', type: 'fax' },
    { attribute: 'pager', type: 'other' },
  ],
  search: ['cn', 'displayName', 'givenName', 'sn', 'company'],
  // AD's person objects are objectClass=user (contacts are objectClass=contact).
  objectClasses: ['user', 'contact'],
};

export const ldapAttributePresets = {
  inetOrgPerson: inetOrgPersonAttributes,
  activeDirectory: activeDirectoryAttributes,
} as const;
export type LdapAttributePreset = keyof typeof ldapAttributePresets;

const attributeName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, 'an LDAP attribute name (letters, digits, hyphen)');

const attributeMapSchema = z.object({
  firstName: z.array(attributeName),
  lastName: z.array(attributeName),
  displayName: z.array(attributeName),
  company: z.array(attributeName),
  department: z.array(attributeName),
  email: z.array(attributeName),
  phones: z.array(
    z.object({
      attribute: attributeName,
      type: z.enum(['work', 'mobile', 'home', 'fax', 'other']),
    }),
  ),
  search: z.array(attributeName).min(1),
  objectClasses: z.array(attributeName),
});

/** What settings store; validated with zod because it crosses from the renderer. */
export const ldapConfigInputSchema = z.object({
  id: z.string().min(1).max(64),
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65_535).optional(),
  /** Left out: LDAPS on port 636, StartTLS with a bind DN, plain LDAP only for anonymous reading. */
  security: z.enum(ldapSecurities).optional(),
  ignoreCertificate: z.boolean().default(false),
  /** Extra trusted CA certificate(s), PEM. */
  caPem: z.string().max(100_000).optional(),
  /** Bind DN or user name (AD accepts user@domain); empty binds anonymously. */
  bindDn: z.string().max(1024).default(''),
  baseDn: z.string().max(1024),
  /** The manual: a PBX returns at most 50 results. */
  resultLimit: z.number().int().min(1).max(1000).default(50),
  connectTimeoutMs: z.number().int().min(100).max(120_000).default(5_000),
  searchTimeoutMs: z.number().int().min(100).max(120_000).default(8_000),
  attributePreset: z.enum(['inetOrgPerson', 'activeDirectory']).default('inetOrgPerson'),
  /** Overrides of the preset's mapping, per field. */
  attributes: attributeMapSchema.partial().optional(),
});
export type LdapConfigInput = z.input<typeof ldapConfigInputSchema>;

export interface LdapConfig {
  id: string;
  host: string;
  port: number;
  security: LdapSecurity;
  ignoreCertificate: boolean;
  caPem?: string;
  bindDn: string;
  baseDn: string;
  resultLimit: number;
  connectTimeoutMs: number;
  searchTimeoutMs: number;
  attributes: LdapAttributeMap;
}

/** Parses and completes a stored config; throws a ZodError naming the bad field. */
export function resolveLdapConfig(input: LdapConfigInput): LdapConfig {
  const parsed = ldapConfigInputSchema.parse(input);
  const preset = ldapAttributePresets[parsed.attributePreset];
  // the password is not known here; a bind DN alone already means a bind with credentials
  const security =
    parsed.security ?? defaultLdapSecurity({ port: parsed.port, bindDn: parsed.bindDn, hasPassword: false });
  return {
    id: parsed.id,
    host: parsed.host,
    port: parsed.port ?? (security === 'ldaps' ? 636 : 389),
    security,
    ignoreCertificate: parsed.ignoreCertificate,
    ...(parsed.caPem ? { caPem: parsed.caPem } : {}),
    bindDn: parsed.bindDn,
    baseDn: parsed.baseDn,
    resultLimit: parsed.resultLimit,
    connectTimeoutMs: parsed.connectTimeoutMs,
    searchTimeoutMs: parsed.searchTimeoutMs,
    attributes: { ...preset, ...parsed.attributes },
  };
}

export interface LdapConnectionOptions {
  client: ClientOptions;
  /** Set for security 'starttls': upgrade with these options before binding. */
  startTls?: ConnectionOptions;
}

/** Host and port as written in an LDAP URL (IPv6 literals in brackets). */
export function ldapUrl(config: Pick<LdapConfig, 'host' | 'port' | 'security'>): string {
  const scheme = config.security === 'ldaps' ? 'ldaps' : 'ldap';
  const host = isIP(config.host) === 6 ? `[${config.host}]` : config.host;
  return `${scheme}://${host}:${config.port}`;
}

/**
 * The CA certificates Node trusts by default (its bundled store, plus NODE_EXTRA_CA_CERTS and the
 * system store where Node was told to use them). Setting `ca` replaces them, so an extra trusted
 * certificate is added to these, not instead of them: a directory with a public certificate must
 * keep working when the user also trusts the PBX's own one.
 */
function defaultCaCertificates(): string[] {
  return typeof tls.getCACertificates === 'function'
    ? tls.getCACertificates('default')
    : [...tls.rootCertificates];
}

/**
 * Node TLS options for the directory: the global TLS settings' protocol floor and cipher choice,
 * trust in the default store plus the LDAP page's certificate and the global trusted certificate,
 * and verification off when either "Ignore TLS certificate" (LDAP) or "Disable certificate
 * verification" (global) says so. The global "Override domain name" is the PBX's, not used here.
 */
function tlsOptions(config: LdapConfig, settings: TlsSettings | undefined): ConnectionOptions {
  const trusted = [config.caPem, settings?.trustedPem].filter((pem): pem is string => Boolean(pem?.trim()));
  const base = settings ? nodeTlsOptions({ ...settings, trustedPem: undefined, serverName: undefined }) : {};
  return {
    ...base,
    rejectUnauthorized: verifiesCertificate(config, settings),
    // the server's own certificate (not its CA) is enough to trust it, as for the PBX
    ...(trusted.length > 0
      ? { ca: [...defaultCaCertificates(), ...trusted], allowPartialTrustChain: true }
      : {}),
    // StartTLS upgrades a socket, so Node would not know the host to check the certificate against;
    // SNI must not be an IP address (RFC 6066 §3), Node checks IP SANs against `host` without it
    host: config.host,
    ...(isIP(config.host) ? {} : { servername: config.host }),
  };
}

function verifiesCertificate(config: LdapConfig, settings: TlsSettings | undefined): boolean {
  return !config.ignoreCertificate && (settings?.verifyCertificate ?? true);
}

/**
 * ldapts options for a config; warns once per call when the connection is unencrypted or certificate
 * checks are off.
 * `tls` is the global TLS settings (Functions > Advanced > TLS); without it Node's defaults apply.
 */
export function ldapConnectionOptions(
  config: LdapConfig,
  logger: Logger,
  tls?: TlsSettings,
): LdapConnectionOptions {
  const exposure = ldapCleartextExposure(config);
  if (exposure !== undefined) {
    const what =
      exposure === 'credentials'
        ? 'the bind DN, the password and every directory entry travel'
        : 'searches and directory entries travel';
    logger.warn(
      `LDAP ${config.id}: security is "none" for ${config.host}, so ${what} unencrypted; choose StartTLS or LDAPS if the directory offers it`,
    );
  }
  if (config.security !== 'none' && !verifiesCertificate(config, tls)) {
    const which = config.ignoreCertificate
      ? '"Ignore TLS certificate" is on in the LDAP settings'
      : '"Disable certificate verification" is on in the TLS settings';
    logger.warn(
      `LDAP ${config.id}: TLS certificate checks are off for ${config.host} (${which}); the connection is encrypted but the server is not verified`,
    );
  }
  const client: ClientOptions = {
    url: ldapUrl(config),
    connectTimeout: config.connectTimeoutMs,
    timeout: config.searchTimeoutMs,
    ...(config.security === 'ldaps' ? { tlsOptions: tlsOptions(config, tls) } : {}),
  };
  return config.security === 'starttls' ? { client, startTls: tlsOptions(config, tls) } : { client };
}
