import { z } from 'zod';

/** Setting values as they cross the boundary: never secrets, only whether one is set. */
export const settingValueSchema = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);

export const settingsSnapshotSchema = z.object({
  values: z.record(z.string(), settingValueSchema),
  /** Full keys whose value came from provisioning; the UI shows them locked. */
  locked: z.array(z.string()),
  /** Full keys of secret fields that have a value in the keychain. */
  secretsSet: z.array(z.string()),
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;

export const registrationStates = ['registered', 'registering', 'unregistered', 'failed'] as const;
export type RegistrationState = (typeof registrationStates)[number];

/** Why registration failed, for a translated message: wrong credentials, server unreachable, … */
export const registrationFailureCodes = [
  'auth',
  'unreachable',
  'certificate',
  'timeout',
  'rejected',
  'network',
  'config',
] as const;
export type RegistrationFailureCode = (typeof registrationFailureCodes)[number];

/** What the PBX last reported about the account's voice mailbox (MWI, RFC 3842 message-summary). */
export const voicemailStatusSchema = z.object({
  /** The summary's Messages-Waiting line. */
  waiting: z.boolean(),
  /** Voice-Message counts; 0 when the PBX sent no Voice-Message line. */
  newMessages: z.number().int().min(0),
  oldMessages: z.number().int().min(0),
});
export type VoicemailStatus = z.infer<typeof voicemailStatusSchema>;

export const accountViewSchema = z.object({
  id: z.string(),
  /** Per-account settings keyed `group.field`, secrets excluded. */
  settings: z.record(z.string(), settingValueSchema),
  locked: z.array(z.string()),
  passwordSet: z.boolean(),
  registration: z.object({
    state: z.enum(registrationStates),
    /** Why registration failed, in English (with details such as the SIP code or certificate error). */
    reason: z.string().optional(),
    /** The kind of failure, which the UI translates and explains. */
    code: z.enum(registrationFailureCodes).optional(),
  }),
  /** Absent until the PBX reports the mailbox (MWI on, and a NOTIFY arrived). */
  voicemail: voicemailStatusSchema.optional(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  platform: z.string(),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * A busy lamp's state. 'off': not watched (BLF off for the account, or the account is not registered);
 * 'pending': subscribed, no state yet; 'idle' / 'ringing' / 'busy' from the target's dialog state
 * (RFC 4235); 'failed': the PBX refused or ended the subscription.
 */
export const blfLampStates = ['off', 'pending', 'idle', 'ringing', 'busy', 'failed'] as const;
export type BlfLampState = (typeof blfLampStates)[number];

/** A busy-lamp (BLF) key as the provisioning server set it, with its lamp. */
export const blfKeyViewSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  /** Extension or SIP URI to watch and dial. */
  target: z.string(),
  /** The account it belongs to; empty: the first account. */
  accountId: z.string(),
  provisioned: z.boolean(),
  /** What the lamp shows; see blfLampStates. */
  lamp: z.enum(blfLampStates),
  /** Why the lamp is 'failed', in English (e.g. the PBX's status code). */
  lampError: z.string().optional(),
});
export type BlfKeyView = z.infer<typeof blfKeyViewSchema>;
