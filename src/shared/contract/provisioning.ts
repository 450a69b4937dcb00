import { z } from 'zod';
import { messageText } from './text-bounds';
import { userTextSchema } from './user-text';

/** Why a provisioning attempt failed, for a translated message with what to do. */
export const provisioningFailureCodes = [
  'config',
  'insecure',
  'unreachable',
  'timeout',
  'certificate',
  'auth',
  'http',
  'redirects',
  'tooLarge',
  'format',
  'invalid',
  'secretStore',
] as const;
export type ProvisioningFailureCode = (typeof provisioningFailureCodes)[number];

/**
 * What a successful attempt applied differently from what the file asked, for a translated sentence
 * (catalogue provisioning.notice.<code>, filled with params): a value this phone cannot use yet, and
 * what it uses instead; a value stored that has no effect in the phone yet.
 */
export const provisioningNoticeCodes = [
  'transportNotUsable',
  'srtpOptional',
  'srtpSdes',
  'srtpOff',
  'sipPortNotUsed',
  'storedNotUsed',
] as const;
export type ProvisioningNoticeCode = (typeof provisioningNoticeCodes)[number];

export const provisioningNoticeSchema = z.object({
  code: z.enum(provisioningNoticeCodes),
  params: z.record(z.string().max(64), z.string().max(256)),
});
export type ProvisioningNotice = z.infer<typeof provisioningNoticeSchema>;

export const provisioningAttemptSchema = z.object({
  /** ms since epoch */
  at: z.number(),
  /** The server URL without credentials or access key details beyond the host and path. */
  server: z.string().max(4096),
  ok: z.boolean(),
  /** What happened, in English, naming the problem (HTTP status, certificate, line or field). */
  message: messageText,
  /** The same as a catalogue code, for the UI language; only for this run's attempts (not stored). */
  text: userTextSchema.optional(),
  code: z.enum(provisioningFailureCodes).optional(),
  format: z.enum(['softphone-json', 'device-keyvalue']).optional(),
  changes: z.object({
    settings: z.number().int(),
    accountsAdded: z.number().int(),
    accountsUpdated: z.number().int(),
    accountsRemoved: z.number().int(),
    contactSources: z.number().int().default(0),
    blfKeys: z.number().int().default(0),
  }),
  /** Keys the file had that the softphone does not know (ignored). */
  unknownKeys: z.array(z.string().max(1024)),
  /** Values applied differently from what the file asked (not kept across a restart). */
  notices: z.array(provisioningNoticeSchema).max(200).optional(),
});
export type ProvisioningAttempt = z.infer<typeof provisioningAttemptSchema>;

export const provisioningStatusSchema = z.object({
  /** A provisioning server is set. */
  configured: z.boolean(),
  running: z.boolean(),
  last: provisioningAttemptSchema.optional(),
});
export type ProvisioningStatus = z.infer<typeof provisioningStatusSchema>;

/** First run or "Provision now": optional new server and credentials, then fetch and apply. */
export const provisioningRunParamsSchema = z
  .object({
    /** A PBX address, a provisioning URL, or an access-key link (https://pbx:8448/<key>.cfg). */
    url: z.string().min(1).max(2048).optional(),
    userName: z.string().max(256).optional(),
    password: z.string().max(4096).optional(),
    rememberMe: z.boolean().optional(),
    provisionOnStartup: z.boolean().optional(),
  })
  .strict();
export type ProvisioningRunParams = z.infer<typeof provisioningRunParamsSchema>;
