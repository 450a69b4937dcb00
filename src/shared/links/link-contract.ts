/**
 * Contract entries for call links, spread into `requests` and `events` of src/shared/contract/contract.ts
 * (kept here so that contract.ts stays one list; this file imports nothing of the contract).
 */
import { z } from 'zod';
import { userTextSchema } from '../contract/user-text';
import { callLinkRefusalCodes, callLinkRefusalMessages, callLinkSchemes, maxLinkLength } from './call-link';

const linkId = z.string().min(1).max(64);

export const linkOrigins = ['argv', 'open-url', 'second-instance', 'web'] as const;
export type LinkOrigin = (typeof linkOrigins)[number];

/** A SIP address from a link, and how its host compares with the domain of the account that dials it. */
export const pendingLinkAddressSchema = z.object({
  /** The user part as a person reads it (decoded); the dialled form is in `target`. */
  user: z.string().max(maxLinkLength),
  /** The link's host, lower case, with its port if any. */
  host: z.string().max(260),
  /** The dialling account's domain it was compared with; absent when no account was registered. */
  accountDomain: z.string().max(260).optional(),
  /** The host is not the account's domain (or no account could tell): such a link always waits. */
  outside: z.boolean(),
});
export type PendingLinkAddress = z.infer<typeof pendingLinkAddressSchema>;

/**
 * A link waiting for the user's confirmation: because of "Ask before a link dials", or because it
 * calls a SIP address outside the dialling account's domain.
 */
export const pendingLinkSchema = z.object({
  id: linkId,
  scheme: z.enum(callLinkSchemes),
  display: z.string().max(maxLinkLength),
  target: z.string().max(256),
  secure: z.boolean(),
  isPhoneNumber: z.boolean(),
  /** A tel: extension that is not dialled. */
  extension: z.string().max(16).optional(),
  /** sip:/sips: links (and callto: with a SIP address); absent for numbers. */
  address: pendingLinkAddressSchema.optional(),
  origin: z.enum(linkOrigins),
});
export type PendingLink = z.infer<typeof pendingLinkSchema>;

/**
 * Why a link did not dial: the parser's refusals, a confirmation that came too late, a failed dial, or
 * too many links at once during the start.
 */
export const linkFailureCodes = [...callLinkRefusalCodes, 'EXPIRED', 'DIAL_FAILED', 'TOO_MANY'] as const;
export type LinkFailureCode = (typeof linkFailureCodes)[number];

/** User-facing texts for every failure code (DIAL_FAILED: the event's message is more precise, in English). */
export const linkFailureMessages: Record<LinkFailureCode, { en: string; de: string }> = {
  ...callLinkRefusalMessages,
  EXPIRED: {
    en: 'The link waited too long for confirmation. Open it again to call.',
    de: 'Der Link hat zu lange auf Bestätigung gewartet. Öffnen Sie ihn erneut, um anzurufen.',
  },
  DIAL_FAILED: {
    en: 'The call could not be started. Check that an account is logged in and try again.',
    de: 'Der Anruf konnte nicht gestartet werden. Prüfen Sie, ob ein Konto angemeldet ist, und versuchen Sie es erneut.',
  },
  TOO_MANY: {
    en: 'Too many links arrived at once; this one was ignored.',
    de: 'Zu viele Links kamen gleichzeitig an; dieser wurde ignoriert.',
  },
};

export const linkRefusedSchema = z.object({
  code: z.enum(linkFailureCodes),
  /** English; the renderer shows its own translation of `code` (DIAL_FAILED: `text` translated, else this). */
  message: z.string().max(500),
  /** DIAL_FAILED: why the call manager refused, as a catalogue code. */
  text: userTextSchema.optional(),
});
export type LinkRefused = z.infer<typeof linkRefusedSchema>;

/** What happened to one link handed in. */
export const linkOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('queued') }),
  z.object({ outcome: z.literal('pending'), id: linkId }),
  z.object({ outcome: z.literal('dialled') }),
  z.object({
    outcome: z.literal('refused'),
    code: z.enum(linkFailureCodes),
    message: z.string().max(500),
    text: userTextSchema.optional(),
  }),
]);
export type LinkOutcome = z.infer<typeof linkOutcomeSchema>;

export const linkRequests = {
  /** The web shell (or the renderer after a page was opened with a link) hands a link in. */
  'links.open': {
    params: z.object({ uri: z.string().min(1).max(maxLinkLength) }).strict(),
    result: linkOutcomeSchema,
  },
  /** Links waiting for confirmation, e.g. after the window was reloaded. */
  'links.listPending': {
    params: z.object({}).strict(),
    result: z.object({ links: z.array(pendingLinkSchema) }),
  },
  'links.confirm': { params: z.object({ id: linkId }).strict(), result: linkOutcomeSchema },
  'links.cancel': {
    params: z.object({ id: linkId }).strict(),
    result: z.object({ id: linkId, cancelled: z.boolean() }),
  },
} as const;

export const linkEvents = {
  /** The full list of links waiting for confirmation, sent whenever it changes (empty: close the dialog). */
  'links.pending': z.object({ links: z.array(pendingLinkSchema) }),
  /** A link was refused or could not be dialled: show the message. */
  'links.refused': linkRefusedSchema,
} as const;

export type LinkEvents = { [E in keyof typeof linkEvents]: z.infer<(typeof linkEvents)[E]> };
