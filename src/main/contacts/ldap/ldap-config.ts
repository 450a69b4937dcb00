import type { ConnectionOptions } from 'node:tls';
import { isIP } from 'node:net';
import type { ClientOptions } from 'ldapts';
import { z } from 'zod';
import type { Logger } from '../../log/logger';
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
  security: z.enum(ldapSecurities).default('none'),
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
  return {
    id: parsed.id,
    host: parsed.host,
    port: parsed.port ?? (parsed.security === 'ldaps' ? 636 : 389),
    security: parsed.security,
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

function tlsOptions(config: LdapConfig): ConnectionOptions {
  return {
    rejectUnauthorized: !config.ignoreCertificate,
    ...(config.caPem ? { ca: [config.caPem] } : {}),
    // SNI must not be an IP address (RFC 6066 §3); Node checks IP SANs without it.
    ...(isIP(config.host) ? {} : { servername: config.host }),
  };
}

/** ldapts options for a config; warns once per call when certificate checks are off. */
export function ldapConnectionOptions(config: LdapConfig, logger: Logger): LdapConnectionOptions {
  if (config.security !== 'none' && config.ignoreCertificate) {
    logger.warn(
      `LDAP ${config.id}: TLS certificate checks are off for ${config.host}; the connection is encrypted but the server is not verified`,
    );
  }
  const client: ClientOptions = {
    url: ldapUrl(config),
    connectTimeout: config.connectTimeoutMs,
    timeout: config.searchTimeoutMs,
    ...(config.security === 'ldaps' ? { tlsOptions: tlsOptions(config) } : {}),
  };
  return config.security === 'starttls' ? { client, startTls: tlsOptions(config) } : { client };
}
