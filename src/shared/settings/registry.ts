/**
 * Lookups and schemas derived from the two settings tables. Everything here is
 * keyed by full key: `${group.id}.${field.key}`, e.g. `advanced.stun.server` or,
 * for an account, `credentials.domain`.
 *
 * Secret fields are listed by allGlobalFields()/allAccountFields() (the settings
 * screen shows them) but are left out of the schemas and defaults: their values
 * live in the OS keychain, never in the settings store.
 */
import { settingLabel } from '../i18n/setting-texts';
import { z } from 'zod';
import { accountSettingGroups } from './account-settings';
import { fieldSchema, fullKey, type SettingField, type SettingGroup } from './field';
import { globalSettingGroups } from './global-settings';

export type SettingScope = 'global' | 'account';

export interface FieldEntry {
  /** Full key, `${group.id}.${field.key}`. */
  key: string;
  group: SettingGroup;
  field: SettingField;
}

export type SettingValidation = { ok: true; value: unknown } | { ok: false; field: string; message: string };

interface Table {
  entries: readonly FieldEntry[];
  byKey: ReadonlyMap<string, FieldEntry>;
  schema: z.ZodObject<Record<string, z.ZodType>>;
}

function buildTable(groups: readonly SettingGroup[]): Table {
  const entries = groups.flatMap((group) =>
    group.fields.map((field) => ({ key: fullKey(group, field), group, field })),
  );
  const byKey = new Map<string, FieldEntry>();
  for (const entry of entries) {
    // A duplicate would make one field unreachable; fail at load rather than lose a setting.
    if (byKey.has(entry.key)) throw new Error(`Duplicate setting key ${entry.key}`);
    byKey.set(entry.key, entry);
  }
  const shape: Record<string, z.ZodType> = {};
  for (const { key, field } of entries) if (field.kind !== 'secret') shape[key] = fieldSchema(field);
  return { entries, byKey, schema: z.object(shape) };
}

const globalTable = buildTable(globalSettingGroups);
const accountTable = buildTable(accountSettingGroups);

function table(scope: SettingScope): Table {
  return scope === 'global' ? globalTable : accountTable;
}

function defaults(t: Table): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { key, field } of t.entries) {
    if (field.kind === 'secret') continue;
    values[key] = Array.isArray(field.default) ? [...field.default] : field.default;
  }
  return values;
}

/** Every global field in table order, secrets included. */
export function allGlobalFields(): readonly FieldEntry[] {
  return globalTable.entries;
}

/** Every per-account field in table order, secrets included. */
export function allAccountFields(): readonly FieldEntry[] {
  return accountTable.entries;
}

/** All global setting values (secrets excluded), keyed by full key. */
export const globalSettingsSchema = globalTable.schema;

/** All values of one account (secrets excluded), keyed by full key. Domain and user name must be set. */
export const accountSettingsSchema = accountTable.schema;

/** A fresh copy of every global default, keyed by full key; secrets excluded. */
export function globalDefaults(): Record<string, unknown> {
  return defaults(globalTable);
}

/** A blank new account: every default, keyed by full key; secrets excluded. Not yet valid (no domain, user). */
export function accountDefaults(): Record<string, unknown> {
  return defaults(accountTable);
}

export function findGlobalField(key: string): FieldEntry | undefined {
  return globalTable.byKey.get(key);
}

export function findAccountField(key: string): FieldEntry | undefined {
  return accountTable.byKey.get(key);
}

/**
 * Checks one value for one setting. The message is English and names the field's
 * label, e.g. "Registration expiry: must be at most 86400".
 */
export function validateSettingValue(key: string, value: unknown, scope: SettingScope): SettingValidation {
  const entry = table(scope).byKey.get(key);
  if (!entry) return { ok: false, field: key, message: `Unknown ${scope} setting "${key}"` };
  const label = settingLabel('en', entry.field);
  if (entry.field.kind === 'secret') {
    return {
      ok: false,
      field: key,
      message: `${label}: is a secret and is stored in the keychain, not as a setting`,
    };
  }
  const result = fieldSchema(entry.field).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues.map((issue) => issue.message).join('; ');
  return { ok: false, field: key, message: `${label}: ${message}` };
}
