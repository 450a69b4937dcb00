/**
 * Declarative setting descriptors. One table of fields is the single source for
 * the zod schema (validation and defaults), the settings screen (generated UI)
 * and the settings search. The descriptors hold no text: a field's label, help,
 * option labels and unsupported reasons are in the catalogue (src/shared/i18n) under
 * its full key, and a unit test fails when one is missing in either language.
 */
import { z } from 'zod';

interface FieldBase<T> {
  /** Stable key inside its group, camelCase. Full key is `${group.id}.${key}`. */
  key: string;
  /** Where the catalogue keeps the field's texts: its full key, set by group(). */
  textKey: string;
  default: T;
  /**
   * Set only once code acts on the setting. A field without it is "not available yet": the UI shows it
   * disabled and main refuses to change it, so nothing is offered as if it worked. A unit test
   * (tests/unit/shared/settings/implemented-fields.test.ts) fails when an implemented field's key is
   * read nowhere in src/main, src/renderer or src/shared outside the settings tables and catalogues.
   */
  implemented?: true;
  /**
   * Set when a WebRTC phone cannot honour the setting: the UI shows the field
   * disabled with the catalogue's one-line reason instead of silently ignoring it.
   */
  unsupported?: true;
}

export interface BooleanField extends FieldBase<boolean> {
  kind: 'boolean';
}

export interface EnumOption {
  value: string;
  /**
   * A choice a WebRTC phone cannot honour: still a valid value (a provisioning file may send it), but
   * the UI shows it disabled with the catalogue's reason and the SIP layer reports the account as
   * misconfigured.
   */
  unsupported?: true;
}

export interface EnumField extends FieldBase<string> {
  kind: 'enum';
  options: readonly EnumOption[];
}

export interface IntegerField extends FieldBase<number> {
  kind: 'integer';
  min: number;
  max: number;
  /** Unit shown after the input, e.g. "s" or "ms". */
  unit?: string;
}

export type StringFormat = 'text' | 'host' | 'hostPort' | 'url' | 'wsUrl' | 'path' | 'phone' | 'email';

export interface StringField extends FieldBase<string> {
  kind: 'string';
  format: StringFormat;
  maxLength: number;
  /** Optional fields accept the empty string. */
  optional: boolean;
}

/** An ordered subset of options, e.g. codec priority. */
export interface OrderedListField extends FieldBase<string[]> {
  kind: 'orderedList';
  options: readonly EnumOption[];
}

/** Free list of strings, e.g. voicemail numbers or extra search paths. */
export interface StringListField extends FieldBase<string[]> {
  kind: 'stringList';
  format: StringFormat;
  maxItems: number;
}

/**
 * A secret never lives in the settings store: the value goes to the OS keychain
 * and the settings store only knows whether one is set.
 */
export interface SecretField extends FieldBase<''> {
  kind: 'secret';
}

export type SettingField =
  BooleanField | EnumField | IntegerField | StringField | OrderedListField | StringListField | SecretField;

export interface SettingGroup {
  /** Dotted id, e.g. `gui.appearance` or `advanced.tls`. */
  id: string;
  /** Chapter of the reference manual the group follows. */
  chapter: string;
  fields: readonly SettingField[];
}

/** A field as the tables write it: group() adds its text key. */
export type FieldSpec<F extends SettingField = SettingField> = F extends SettingField
  ? Omit<F, 'textKey'>
  : never;

/** A group of fields; each field's texts are found in the catalogue under `${id}.${field.key}`. */
export function group(spec: { id: string; chapter: string; fields: readonly FieldSpec[] }): SettingGroup {
  return {
    ...spec,
    fields: spec.fields.map((field) => ({ ...field, textKey: `${spec.id}.${field.key}` })),
  };
}

const HOST_RE =
  /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)$/;
const PORT_RE = /^(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f]/;

function isHostPort(value: string): boolean {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value);
  if (!m) return false;
  return HOST_RE.test(m[1] ?? '') && (m[2] === undefined || PORT_RE.test(m[2]));
}

function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    const u = new URL(value);
    return protocols.includes(u.protocol) && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const formatChecks: Record<StringFormat, { test: (v: string) => boolean; message: string }> = {
  text: { test: () => true, message: '' },
  host: { test: (v) => HOST_RE.test(v), message: 'must be a host name or IP address' },
  hostPort: { test: isHostPort, message: 'must be host or host:port' },
  url: { test: (v) => isUrl(v, ['https:', 'http:']), message: 'must be an http(s) URL' },
  wsUrl: { test: (v) => isUrl(v, ['wss:', 'ws:']), message: 'must be a ws:// or wss:// URL' },
  path: { test: () => true, message: '' },
  phone: { test: (v) => /^[0-9+*#()\-\s./]+$/.test(v), message: 'must be a phone number' },
  email: { test: (v) => /^[^\s@]+@[^\s@]+$/.test(v), message: 'must be an e-mail address' },
};

function stringSchema(format: StringFormat, maxLength: number, optional: boolean): z.ZodType<string> {
  const check = formatChecks[format];
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((v) => !CONTROL_RE.test(v), 'must not contain control characters')
    .refine((v) => v !== '' || optional, 'must not be empty')
    .refine((v) => v === '' || check.test(v), check.message);
}

// Building a zod schema costs far more than using one; settings are validated on every account read.
const schemas = new WeakMap<SettingField, z.ZodType>();

/** The zod schema of one field's value (built once per field). */
export function fieldSchema(field: SettingField): z.ZodType {
  let schema = schemas.get(field);
  if (schema === undefined) {
    schema = buildFieldSchema(field);
    schemas.set(field, schema);
  }
  return schema;
}

function buildFieldSchema(field: SettingField): z.ZodType {
  switch (field.kind) {
    case 'boolean':
      return z.boolean();
    case 'enum': {
      const values = field.options.map((o) => o.value);
      return z.string().refine((v) => values.includes(v), `must be one of ${values.join(', ')}`);
    }
    case 'integer':
      return z
        .number()
        .int('must be a whole number')
        .min(field.min, `must be at least ${field.min}`)
        .max(field.max, `must be at most ${field.max}`);
    case 'string':
      return stringSchema(field.format, field.maxLength, field.optional);
    case 'orderedList': {
      const values = field.options.map((o) => o.value);
      return z
        .array(z.string().refine((v) => values.includes(v), `must be one of ${values.join(', ')}`))
        .refine((list) => new Set(list).size === list.length, 'must not repeat an entry');
    }
    case 'stringList':
      return z
        .array(stringSchema(field.format, 2048, false))
        .max(field.maxItems, `must have at most ${field.maxItems} entries`);
    case 'secret':
      return z.literal('');
  }
}

/** Whether the setting has an effect: implemented, and not one a WebRTC phone cannot honour. */
export function isAvailable(field: SettingField): boolean {
  return field.implemented === true && field.unsupported !== true;
}

export function fullKey(group: SettingGroup, field: SettingField): string {
  return `${group.id}.${field.key}`;
}
