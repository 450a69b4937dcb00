import { z } from 'zod';
import { accountIdText, messageText, pathText, settingKeyText } from './text-bounds';
import { userTextSchema } from './user-text';

/**
 * Setting values as they cross the boundary: never secrets, only whether one is set. The longest
 * string field allows 2048 characters; the bound here is higher so that the field's own check, which
 * names the field and its limit, refuses a value just over it.
 */
const settingText = z.string().max(8192);
export const settingValueSchema = z.union([
  z.boolean(),
  z.number(),
  settingText,
  z.array(settingText).max(1000),
]);

export const settingsSnapshotSchema = z.object({
  values: z.record(settingKeyText, settingValueSchema),
  /** Full keys whose value came from provisioning; the UI shows them locked. */
  locked: z.array(settingKeyText),
  /** Full keys of secret fields that have a value in the keychain. */
  secretsSet: z.array(settingKeyText),
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
  id: accountIdText,
  /** Per-account settings keyed `group.field`, secrets excluded. */
  settings: z.record(settingKeyText, settingValueSchema),
  locked: z.array(settingKeyText),
  passwordSet: z.boolean(),
  registration: z.object({
    state: z.enum(registrationStates),
    /** Why registration failed, in English (with details such as the SIP code or certificate error). */
    reason: messageText.optional(),
    /** The same as a catalogue code with parameters; the UI shows it in its language instead of `reason`. */
    text: userTextSchema.optional(),
    /** The kind of failure, which the UI translates and explains. */
    code: z.enum(registrationFailureCodes).optional(),
  }),
  /** Absent until the PBX reports the mailbox (MWI on, and a NOTIFY arrived). */
  voicemail: voicemailStatusSchema.optional(),
  /** Why the account's own ringtone file did not ring (a `ringtone.*` code); the built-in one rang. */
  ringtoneProblem: userTextSchema.optional(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const appInfoSchema = z.object({
  name: z.string().max(256),
  version: z.string().max(256),
  shell: z.enum(['electron', 'web']),
  platform: z.string().max(64),
  dataDir: pathText,
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
  label: z.string().max(1024),
  /** Extension or SIP URI to watch and dial. */
  target: z.string().max(2048),
  /** The account it belongs to; empty: the first account. */
  accountId: accountIdText,
  provisioned: z.boolean(),
  /** What the lamp shows; see blfLampStates. */
  lamp: z.enum(blfLampStates),
  /** Why the lamp is 'failed', in English (e.g. the PBX's status code). */
  lampError: messageText.optional(),
  /** The same as a catalogue code; the UI shows it in its language instead of `lampError`. */
  lampText: userTextSchema.optional(),
});
export type BlfKeyView = z.infer<typeof blfKeyViewSchema>;
