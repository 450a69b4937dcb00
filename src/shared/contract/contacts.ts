/**
 * Contacts and contact sources as they cross between main and the renderer.
 *
 * Sources: 'local' always exists (the address book in SQLite, cannot be deleted); the others are
 * added in the settings. Secrets (LDAP and XML passwords, OAuth refresh tokens) never appear here:
 * a source view only says whether one is stored (`hasSecret`).
 */
import { z } from 'zod';
import { maxContactTextLength, maxPhoneNumberLength } from '../text/limits';
import { contactIdText, messageText, sourceIdText, sourceNameText } from './text-bounds';
import { userTextSchema } from './user-text';

export const phoneTypes = ['work', 'mobile', 'home', 'fax', 'other'] as const;
/** A contact's text fields, in the form's and the CSV mapping's order. */
export const contactTextFields = [
  'firstName',
  'lastName',
  'displayName',
  'company',
  'department',
  'email',
] as const;
export const contactSourceKinds = ['local', 'ldap', 'xml', 'google', 'outlook', 'windows'] as const;
export type ContactSourceKindName = (typeof contactSourceKinds)[number];

const text = z.string().max(maxContactTextLength);

export const contactPhoneSchema = z.object({
  type: z.enum(phoneTypes),
  number: z.string().max(maxPhoneNumberLength),
});

export const contactFieldsSchema = z
  .object({
    firstName: text,
    lastName: text,
    displayName: text,
    company: text,
    department: text,
    email: text,
    phones: z.array(contactPhoneSchema).max(50),
  })
  .strict();
export type ContactFieldsInput = z.infer<typeof contactFieldsSchema>;

export const contactViewSchema = contactFieldsSchema.extend({
  id: contactIdText,
  sourceId: sourceIdText,
  /** The source's name as the user sees it ("Local", "Company directory"). */
  sourceName: sourceNameText,
  sourceKind: z.enum(contactSourceKinds),
  /** Only local contacts can be edited and deleted. */
  editable: z.boolean(),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const contactHitSchema = z.object({
  contact: contactViewSchema,
  rank: z.enum(['exact', 'prefix', 'word', 'contains']),
});
export type ContactHit = z.infer<typeof contactHitSchema>;

export const contactSearchResultSchema = z.object({
  hits: z.array(contactHitSchema),
  /** Sources that could not answer this search, with what failed. */
  failures: z.array(
    z.object({
      sourceId: sourceIdText,
      sourceName: sourceNameText,
      /** In English, for the log; the UI shows `text` translated when there is one. */
      message: messageText,
      text: userTextSchema.optional(),
    }),
  ),
  /** More matched than `hits` holds (a directory's result limit, or the search's): refine the search. */
  truncated: z.boolean(),
});
export type ContactSearchResult = z.infer<typeof contactSearchResultSchema>;

export const contactPageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  contacts: z.array(contactViewSchema),
});
export type ContactPage = z.infer<typeof contactPageSchema>;

/** Caller ID as calls and history rows show it. */
export const contactRefSchema = z.object({
  contactId: contactIdText,
  sourceId: sourceIdText,
  sourceName: sourceNameText,
  name: text,
});
export type ContactRef = z.infer<typeof contactRefSchema>;

// --- Sources -------------------------------------------------------------------------------------

const hostName = z.string().trim().min(1).max(255);
const ldapAttributeName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, 'an LDAP attribute name (letters, digits, hyphen)');

export const ldapSourceConfigSchema = z
  .object({
    kind: z.literal('ldap'),
    host: hostName,
    port: z.number().int().min(1).max(65_535).optional(),
    security: z.enum(['none', 'ldaps', 'starttls']),
    ignoreCertificate: z.boolean(),
    bindDn: z.string().max(1024),
    baseDn: z.string().max(1024),
    resultLimit: z.number().int().min(1).max(1000),
    attributePreset: z.enum(['inetOrgPerson', 'activeDirectory']),
    /**
     * Overrides of the preset: the attributes a search matches by name and by number, and the object
     * classes entries must have (a provisioned directory's filters, docs/provisioning.md).
     */
    attributes: z
      .object({
        search: z.array(ldapAttributeName).min(1).max(20).optional(),
        phones: z
          .array(
            z
              .object({
                attribute: ldapAttributeName,
                type: z.enum(['work', 'mobile', 'home', 'fax', 'other']),
              })
              .strict(),
          )
          .min(1)
          .max(20)
          .optional(),
        objectClasses: z.array(ldapAttributeName).max(20).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const xmlSourceConfigSchema = z
  .object({
    kind: z.literal('xml'),
    /** A file path, file:// URL or https:// address. */
    location: z.string().trim().min(1).max(2048),
    auth: z.enum(['none', 'basic', 'digest']),
    userName: z.string().max(256),
    refreshMinutes: z.number().int().min(0).max(10_080),
  })
  .strict();

export const windowsSourceConfigSchema = z
  .object({
    kind: z.literal('windows'),
    /** Empty: the user's Contacts folder. */
    folder: z.string().max(4096),
  })
  .strict();

export const cloudSourceConfigSchema = z
  .object({
    kind: z.enum(['google', 'outlook']),
    refreshMinutes: z.number().int().min(0).max(10_080),
  })
  .strict();

export const localSourceConfigSchema = z.object({ kind: z.literal('local') }).strict();

export const contactSourceConfigSchema = z.discriminatedUnion('kind', [
  localSourceConfigSchema,
  ldapSourceConfigSchema,
  xmlSourceConfigSchema,
  windowsSourceConfigSchema,
  cloudSourceConfigSchema,
]);
export type ContactSourceConfig = z.infer<typeof contactSourceConfigSchema>;

export const contactSourceStatusSchema = z.object({
  /** ok: last read/search worked; error: it failed (message says what and what to do). */
  state: z.enum(['ok', 'loading', 'error', 'disabled', 'idle', 'signedOut']),
  /** In English; when `text` is set, the UI shows that translated instead. */
  message: messageText.optional(),
  text: userTextSchema.optional(),
  /** Contacts cached from this source (remote directories searched live have none). */
  contactCount: z.number().int().optional(),
  lastSuccessAt: z.number().optional(),
  lastAttemptAt: z.number().optional(),
  /** OAuth sources while waiting for the browser sign-in: the page to open. */
  signInUrl: z.string().max(8192).optional(),
});
export type ContactSourceStatusView = z.infer<typeof contactSourceStatusSchema>;

export const contactSourceViewSchema = z.object({
  id: sourceIdText,
  kind: z.enum(contactSourceKinds),
  name: sourceNameText,
  enabled: z.boolean(),
  hideWithoutName: z.boolean(),
  hideWithoutPhone: z.boolean(),
  /** The manual's "use this account for outgoing calls"; empty: the default account. */
  useAccountId: z.string().max(256),
  config: contactSourceConfigSchema,
  hasSecret: z.boolean(),
  /** Set by the provisioning server: locked in the UI. */
  provisioned: z.boolean(),
  status: contactSourceStatusSchema,
});
export type ContactSourceView = z.infer<typeof contactSourceViewSchema>;

export const contactSourceEditSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    enabled: z.boolean().optional(),
    hideWithoutName: z.boolean().optional(),
    hideWithoutPhone: z.boolean().optional(),
    useAccountId: z.string().max(64).optional(),
    config: contactSourceConfigSchema.optional(),
    /** LDAP bind or XML password; '' clears it. Goes to the keychain. */
    secret: z.string().max(4096).optional(),
  })
  .strict();
export type ContactSourceEdit = z.infer<typeof contactSourceEditSchema>;

// --- CSV import ----------------------------------------------------------------------------------

export const csvEncodingNames = ['utf8', 'utf16le', 'utf16be', 'windows1252', 'iso88591'] as const;
export const csvSeparatorNames = [';', ',', '\t', '|'] as const;
export const csvFieldNames = [
  ...contactTextFields,
  'phone:work',
  'phone:mobile',
  'phone:home',
  'phone:fax',
  'phone:other',
  'phoneType',
] as const;

/** The file's bytes, base64; 20 MiB of CSV at most. */
export const csvDataSchema = z.string().max(28_000_000);

/**
 * A header, cell or message of the CSV dialog. The preview reads the first MiB of the file, so no cell
 * it shows is longer; the import's messages name headers and values of the file.
 */
const csvText = z.string().max(1024 * 1024);

export const csvPreviewParamsSchema = z
  .object({
    data: csvDataSchema,
    encoding: z.enum(csvEncodingNames).optional(),
    separator: z.enum(csvSeparatorNames).optional(),
  })
  .strict();

export const csvPreviewSchema = z.object({
  encoding: z.enum(csvEncodingNames),
  separator: z.enum(csvSeparatorNames),
  headers: z.array(csvText),
  rows: z.array(z.array(csvText)),
  rowCount: z.number().int(),
  mapping: z.array(z.enum(csvFieldNames).nullable()),
});
export type CsvPreviewView = z.infer<typeof csvPreviewSchema>;

export const csvImportParamsSchema = z
  .object({
    data: csvDataSchema,
    encoding: z.enum(csvEncodingNames),
    separator: z.enum(csvSeparatorNames),
    mapping: z.array(z.enum(csvFieldNames).nullable()).max(500),
    /** Check only: counts and the error report, nothing stored. */
    dryRun: z.boolean(),
  })
  .strict();

export const csvImportResultSchema = z.object({
  imported: z.number().int(),
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  blankCount: z.number().int(),
  errors: z.array(
    z.object({
      row: z.number().int(),
      code: z.string().max(32),
      /** In English; the dialog shows `text` translated when there is one. */
      message: csvText,
      text: userTextSchema.optional(),
      column: csvText.optional(),
    }),
  ),
});
export type CsvImportResultView = z.infer<typeof csvImportResultSchema>;
