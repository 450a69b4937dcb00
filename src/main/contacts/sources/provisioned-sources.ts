/**
 * Contact sources set by the provisioning server, applied all or nothing with the rest of the file
 * (provisioned/provisioned-owner.ts, implemented by ContactsService): plan (validate, touch nothing)
 * → keychain (undone on failure) → rows inside the provisioning transaction → runtimes restarted
 * after the commit.
 */
import type { ContactSourceConfig } from '../../../shared/contract';
import { contactSourceConfigSchema } from '../../../shared/contract';
import { contactsRefusal } from '../contacts-refusal';
import { defaultLdapSecurity } from '../../../shared/security/cleartext';
import type { StoredSecrets } from '../../provisioned/provisioned-owner';
import type { ProvisionedContactSource } from './provisioned-contact-source';
import type { SourceRecord } from './source-records';
import { newSourceRecord, type SourceRecords } from './source-records';

export interface ContactSourcesPlan {
  upserts: { record: SourceRecord; isNew: boolean; changed: boolean; secret: string | undefined }[];
  removed: SourceRecord[];
}

/** The sources' secrets written to the keychain (ContactsService.storeProvisionedSecrets). */
export interface ContactSourceSecrets extends StoredSecrets {
  /** Secrets whose value changed: their sources restart at the commit. */
  changes: number;
}

export function planProvisionedSources(
  records: SourceRecords,
  sources: readonly ProvisionedContactSource[],
): ContactSourcesPlan {
  const wanted = new Set(sources.map((s) => s.key));
  const upserts = sources.map((source) => {
    const config = validConfig(source);
    const existing = records.byProvisionKey(source.key);
    if (existing && existing.kind !== config.kind) {
      throw contactsRefusal(
        'VALIDATION',
        'contactSources.provisionedKindChanged',
        { key: source.key, from: existing.kind, to: config.kind },
        `contactSources[${source.key}].config.kind`,
      );
    }
    const base = existing ?? newSourceRecord(source.name, config, source.key);
    const record: SourceRecord = {
      ...base,
      name: source.name,
      config,
      ...(source.enabled === undefined ? {} : { enabled: source.enabled }),
    };
    const changed =
      !existing ||
      existing.name !== record.name ||
      existing.enabled !== record.enabled ||
      JSON.stringify(existing.config) !== JSON.stringify(record.config);
    if (changed && existing && JSON.stringify(existing.config) !== JSON.stringify(record.config)) {
      record.syncState = undefined;
    }
    return { record, isNew: !existing, changed, secret: source.secret };
  });
  const removed = records.list().filter((r) => r.provisionKey !== undefined && !wanted.has(r.provisionKey));
  return { upserts, removed };
}

const LDAP_URL = /^(ldaps?):\/\/(\[[0-9a-f:.]+\]|[^\s:/[\]]+)(?::(\d{1,5}))?\/?$/i;

/**
 * A host written as an LDAP URL (ldap://dir.example.com:389, ldaps://dir.example.com), as PBX
 * configurations often do, becomes host and port; ldaps:// also sets the security, and a `security`
 * that contradicts the scheme is refused rather than guessed.
 */
function splitLdapUrl(key: string, fields: Record<string, unknown>): Record<string, unknown> {
  const match = typeof fields['host'] === 'string' ? LDAP_URL.exec(fields['host'].trim()) : null;
  if (!match?.[1] || !match[2]) return fields;
  const scheme = match[1].toLowerCase();
  const security = fields['security'];
  if (security !== undefined && (security === 'ldaps') !== (scheme === 'ldaps')) {
    throw contactsRefusal(
      'VALIDATION',
      'contactSources.provisionedLdapScheme',
      { key, scheme, security: JSON.stringify(security).slice(0, 200) },
      `contactSources[${key}].config.security`,
    );
  }
  const host = match[2].replace(/^\[(.*)\]$/, '$1');
  return {
    ...fields,
    host,
    ...(fields['port'] === undefined && match[3] !== undefined ? { port: Number(match[3]) } : {}),
    ...(scheme === 'ldaps' ? { security: 'ldaps' } : {}),
  };
}

/**
 * An LDAP source provisioned without `security` gets the shared default (docs/provisioning.md):
 * LDAPS on port 636, StartTLS when it binds with a DN or password, plain LDAP only for anonymous
 * reading. A server that means plain LDAP with a password says so with `security: "none"` (the UI
 * then warns about it).
 */
function withLdapDefaults(source: ProvisionedContactSource): unknown {
  const config = source.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return config;
  if ((config as Record<string, unknown>)['kind'] !== 'ldap') return config;
  const fields = splitLdapUrl(source.key, config as Record<string, unknown>);
  if (fields['security'] !== undefined) return fields;
  const port = typeof fields['port'] === 'number' ? fields['port'] : undefined;
  const bindDn = typeof fields['bindDn'] === 'string' ? fields['bindDn'] : '';
  const hasPassword = source.secret !== undefined && source.secret !== '';
  return { ...fields, security: defaultLdapSecurity({ port, bindDn, hasPassword }) };
}

function validConfig(source: ProvisionedContactSource): Exclude<ContactSourceConfig, { kind: 'local' }> {
  const parsed = contactSourceConfigSchema.safeParse(withLdapDefaults(source));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw contactsRefusal(
      'VALIDATION',
      'contactSources.provisionedInvalid',
      {
        key: source.key,
        path: path ? `config.${path}` : 'config',
        detail: (issue?.message ?? 'is invalid').slice(0, 500),
      },
      `contactSources[${source.key}].config${path ? `.${path}` : ''}`,
    );
  }
  if (parsed.data.kind === 'local') {
    throw contactsRefusal(
      'VALIDATION',
      'contactSources.provisionedLocal',
      { key: source.key },
      `contactSources[${source.key}].config.kind`,
    );
  }
  return parsed.data;
}
