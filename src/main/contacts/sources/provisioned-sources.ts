/**
 * Contact sources set by the provisioning server, applied all or nothing with the rest of the file:
 * plan (validate, touch nothing) → keychain (undone on failure) → rows inside the provisioning
 * transaction → runtimes restarted after the commit.
 */
import type { ContactSourceConfig } from '../../../shared/contract';
import { ContractError, contactSourceConfigSchema } from '../../../shared/contract';
import type { ProvisionedContactSource } from '../../provisioning/provisioning-document';
import type { SourceRecord } from './source-records';
import { newSourceRecord, type SourceRecords } from './source-records';

export interface ContactSourcesPlan {
  upserts: { record: SourceRecord; isNew: boolean; changed: boolean; secret: string | undefined }[];
  removed: SourceRecord[];
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
      throw new ContractError(
        'VALIDATION',
        `contact source "${source.key}" changed its kind from ${existing.kind} to ${config.kind}; give it a new id.`,
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

function validConfig(source: ProvisionedContactSource): Exclude<ContactSourceConfig, { kind: 'local' }> {
  const parsed = contactSourceConfigSchema.safeParse(source.config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new ContractError(
      'VALIDATION',
      `contact source "${source.key}": ${path ? `config.${path}` : 'config'} ${issue?.message ?? 'is invalid'}`,
      `contactSources[${source.key}].config${path ? `.${path}` : ''}`,
    );
  }
  if (parsed.data.kind === 'local') {
    throw new ContractError(
      'VALIDATION',
      `contact source "${source.key}": the local address book cannot be provisioned.`,
      `contactSources[${source.key}].config.kind`,
    );
  }
  return parsed.data;
}
