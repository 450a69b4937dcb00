/**
 * Our own provisioning format (docs/provisioning.md): a versioned JSON envelope whose keys are the
 * settings' full keys. Only the envelope is checked here; values go on raw and the ProvisioningService
 * validates them against the settings schema before anything is applied.
 */
import { z } from 'zod';
import { findAccountField, findGlobalField } from '../../../shared/settings/registry';
import type { ProvisionedAccount } from '../../accounts/provisioned-account';
import type { ProvisionedContactSource } from '../../contacts/sources/provisioned-contact-source';
import type { ProvisioningDocument } from '../provisioning-document';
import { ProvisioningFormatError } from '../provisioning-document';
import { UnknownKeyList } from './unknown-keys';

export const SOFTPHONE_FORMAT_NAME = 'softphone-provisioning';
export const SOFTPHONE_FORMAT_VERSION = 1;

const ACCOUNT_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

const accountSchema = z
  .object({
    id: z.string().regex(ACCOUNT_ID_RE, 'must be 1 to 64 letters, digits, ".", "_" or "-"'),
    settings: z.record(z.string(), z.unknown()).optional(),
    password: z.string().optional(),
  })
  .strict();

const contactSourceSchema = z
  .object({
    id: z.string().regex(ACCOUNT_ID_RE, 'must be 1 to 64 letters, digits, ".", "_" or "-"'),
    name: z.string().min(1).max(100),
    enabled: z.boolean().optional(),
    config: z.record(z.string(), z.unknown()),
    password: z.string().optional(),
  })
  .strict();

const blfKeySchema = z
  .object({
    label: z.string().max(100),
    target: z.string().min(1).max(256),
    account: z.string().regex(ACCOUNT_ID_RE).optional(),
  })
  .strict();

const envelopeSchema = z
  .object({
    format: z.literal(SOFTPHONE_FORMAT_NAME),
    version: z.literal(SOFTPHONE_FORMAT_VERSION),
    settings: z.record(z.string(), z.unknown()).optional(),
    secrets: z.record(z.string(), z.string()).optional(),
    accounts: z.array(accountSchema).optional(),
    contactSources: z.array(contactSourceSchema).max(50).optional(),
    blfKeys: z.array(blfKeySchema).max(200).optional(),
  })
  .strict();

type Envelope = z.infer<typeof envelopeSchema>;

export function parseSoftphoneJson(text: string): ProvisioningDocument {
  const envelope = readEnvelope(parseJson(text));
  const unknownKeys = new UnknownKeyList();
  return {
    format: 'softphone-json',
    settings: readGlobalSettings(envelope.settings ?? {}, unknownKeys),
    secrets: readSecrets(envelope.secrets ?? {}, unknownKeys),
    accounts: readAccounts(envelope.accounts ?? [], unknownKeys),
    contactSources: readContactSources(envelope.contactSources ?? []),
    blfKeys: (envelope.blfKeys ?? []).map((key) => ({
      label: key.label,
      target: key.target,
      ...(key.account === undefined ? {} : { accountKey: key.account }),
    })),
    unknownKeys: unknownKeys.toArray(),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // V8's message quotes part of the input, which may be a password: build our own.
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const where = position ? `line ${line}, column ${column}` : `the end of the file (line ${line})`;
    throw new ProvisioningFormatError(
      `The JSON is malformed at ${where}: check for a missing comma, quote or bracket there.`,
      line,
    );
  }
}

function readEnvelope(json: unknown): Envelope {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProvisioningFormatError('The JSON must be an object with "format", "version" and settings.', 1);
  }
  const raw = json as Record<string, unknown>;
  // Format and version first: a newer file may have keys this version does not know.
  if (raw['format'] !== SOFTPHONE_FORMAT_NAME) {
    throw new ProvisioningFormatError(
      `The JSON is not a softphone provisioning file: "format" must be "${SOFTPHONE_FORMAT_NAME}".`,
      undefined,
      'format',
    );
  }
  if (raw['version'] !== SOFTPHONE_FORMAT_VERSION) {
    const version = JSON.stringify(raw['version'] ?? null).slice(0, 20);
    throw new ProvisioningFormatError(
      `Provisioning format version ${version} is not supported: this softphone reads version ${SOFTPHONE_FORMAT_VERSION}. Update the softphone or have the server send version ${SOFTPHONE_FORMAT_VERSION}.`,
      undefined,
      'version',
    );
  }
  const result = envelopeSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issuePath(issue?.path ?? []);
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k.slice(0, 64)}"`).join(', ')}`
      : (issue?.message ?? 'is invalid');
  throw new ProvisioningFormatError(
    `The provisioning file is invalid: ${field || 'the top level'}: ${message}.`,
    undefined,
    field || undefined,
  );
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function readGlobalSettings(settings: Record<string, unknown>, unknownKeys: UnknownKeyList) {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    const entry = findGlobalField(key);
    if (!entry) {
      unknownKeys.add(`settings.${key}`);
    } else if (entry.field.kind === 'secret') {
      throw new ProvisioningFormatError(
        `settings.${key} is a secret: put it in "secrets", which go to the keychain.`,
        undefined,
        `settings.${key}`,
      );
    } else {
      result[key] = value;
    }
  }
  return result;
}

function readSecrets(secrets: Record<string, string>, unknownKeys: UnknownKeyList) {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(secrets)) {
    const entry = findGlobalField(key);
    if (!entry) {
      unknownKeys.add(`secrets.${key}`);
    } else if (entry.field.kind !== 'secret') {
      throw new ProvisioningFormatError(
        `secrets.${key} is not a secret: put it in "settings".`,
        undefined,
        `secrets.${key}`,
      );
    } else {
      result[key] = value;
    }
  }
  return result;
}

function readAccounts(accounts: NonNullable<Envelope['accounts']>, unknownKeys: UnknownKeyList) {
  const seen = new Set<string>();
  return accounts.map((account, index): ProvisionedAccount => {
    if (seen.has(account.id)) {
      throw new ProvisioningFormatError(
        `accounts[${index}].id "${account.id}" is used twice: every account needs its own id.`,
        undefined,
        `accounts[${index}].id`,
      );
    }
    seen.add(account.id);
    const settings: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(account.settings ?? {})) {
      const entry = findAccountField(key);
      const where = `accounts[${account.id}].${key}`;
      if (!entry) {
        unknownKeys.add(where);
      } else if (entry.field.kind === 'secret') {
        throw new ProvisioningFormatError(
          `${where} is a secret: put the account's password in its "password".`,
          undefined,
          where,
        );
      } else {
        settings[key] = value;
      }
    }
    return {
      key: account.id,
      settings,
      ...(account.password === undefined ? {} : { password: account.password }),
    };
  });
}

function readContactSources(sources: NonNullable<Envelope['contactSources']>): ProvisionedContactSource[] {
  const seen = new Set<string>();
  return sources.map((source, index) => {
    if (seen.has(source.id)) {
      throw new ProvisioningFormatError(
        `contactSources[${index}].id "${source.id}" is used twice: every contact source needs its own id.`,
        undefined,
        `contactSources[${index}].id`,
      );
    }
    seen.add(source.id);
    return {
      key: source.id,
      name: source.name,
      config: source.config,
      ...(source.enabled === undefined ? {} : { enabled: source.enabled }),
      ...(source.password === undefined ? {} : { secret: source.password }),
    };
  });
}
