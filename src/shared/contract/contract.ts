/**
 * The one contract between the renderer and main.
 *
 * How to add a method:
 * 1. Add an entry to `requests` (renderer → main), `events` (main → renderer) or
 *    `mediaRequests` (main → the renderer's media engine) with zod schemas for
 *    what goes in and what comes back.
 * 2. Requests: add the handler in src/main/api.ts (RequestHandlers in
 *    src/main/router.ts maps every request name, so the typecheck refuses a
 *    method without one). Events: emit them through the core's EventBus.
 *    Media requests: handle them in src/renderer/media/.
 * 3. Nothing else: the preload, the IPC adapter and the web shell derive their
 *    allow-lists from the keys of these objects.
 */
import { z } from 'zod';
import {
  callStatsSchema,
  callViewSchema,
  historyEntrySchema,
  mediaConnectionStates,
  mediaSessionOptionsSchema,
  ringtoneAudioSchema,
  ringtoneOutcomes,
  tones,
} from './calls';
import {
  contactFieldsSchema,
  contactPageSchema,
  contactRefSchema,
  contactSearchResultSchema,
  contactSourceConfigSchema,
  contactSourceEditSchema,
  contactSourceViewSchema,
  contactViewSchema,
  csvImportParamsSchema,
  csvImportResultSchema,
  csvPreviewParamsSchema,
  csvPreviewSchema,
} from './contacts';
import {
  accountViewSchema,
  appInfoSchema,
  blfKeyViewSchema,
  settingValueSchema,
  settingsSnapshotSchema,
} from './models';
import { linkEvents, linkRequests } from '../links/link-contract';
import { desktopEvents, desktopRequests } from './desktop';
import { provisioningRunParamsSchema, provisioningStatusSchema } from './provisioning';
import { deviceIdText, sdpText, sourceIdText } from './text-bounds';

const empty = z.object({}).strict();
const id = z.string().min(1).max(64);
const settingKey = z.string().min(1).max(128);
const secretValue = z.string().max(4096);

interface RequestSpec {
  params: z.ZodType;
  result: z.ZodType;
}

export const requests = {
  'app.info': { params: empty, result: appInfoSchema },

  'settings.get': { params: empty, result: settingsSnapshotSchema },
  'settings.set': {
    params: z.object({ key: settingKey, value: settingValueSchema }).strict(),
    result: settingsSnapshotSchema,
  },
  'settings.reset': { params: z.object({ key: settingKey }).strict(), result: settingsSnapshotSchema },
  'settings.setSecret': {
    params: z.object({ key: settingKey, value: secretValue }).strict(),
    result: settingsSnapshotSchema,
  },
  'settings.clearSecret': { params: z.object({ key: settingKey }).strict(), result: settingsSnapshotSchema },

  'accounts.list': { params: empty, result: z.array(accountViewSchema) },
  'accounts.create': {
    params: z
      .object({ settings: z.record(settingKey, settingValueSchema), password: secretValue.optional() })
      .strict(),
    result: accountViewSchema,
  },
  'accounts.update': {
    params: z
      .object({
        id,
        settings: z.record(settingKey, settingValueSchema),
        password: secretValue.optional(),
      })
      .strict(),
    result: accountViewSchema,
  },
  'accounts.delete': { params: z.object({ id }).strict(), result: z.object({ id }) },
  /** Login (register) or deregister one account by hand. */
  'accounts.register': { params: z.object({ id }).strict(), result: accountViewSchema },
  'accounts.unregister': { params: z.object({ id }).strict(), result: accountViewSchema },

  'calls.list': { params: empty, result: z.array(callViewSchema) },
  /** Dial what the user typed or picked; main applies the account's number rules. */
  'calls.dial': {
    params: z.object({ target: z.string().min(1).max(256), accountId: id.optional() }).strict(),
    result: callViewSchema,
  },
  'calls.answer': { params: z.object({ callId: id }).strict(), result: callViewSchema },
  'calls.reject': { params: z.object({ callId: id }).strict(), result: callViewSchema },
  'calls.hangup': { params: z.object({ callId: id }).strict(), result: callViewSchema },
  'calls.silence': { params: z.object({ callId: id }).strict(), result: callViewSchema },
  /** Ringing: redirect to the account's voicemail; answered: transfer there. */
  'calls.toVoicemail': { params: z.object({ callId: id }).strict(), result: callViewSchema },
  'calls.hold': { params: z.object({ callId: id, hold: z.boolean() }).strict(), result: callViewSchema },
  'calls.mute': { params: z.object({ callId: id, muted: z.boolean() }).strict(), result: callViewSchema },
  'calls.speaker': { params: z.object({ callId: id, on: z.boolean() }).strict(), result: callViewSchema },
  'calls.dtmf': {
    params: z
      .object({
        callId: id,
        tones: z
          .string()
          .max(32)
          .regex(/^[0-9A-D*#]{1,32}$/, 'DTMF tones are 0-9, *, #, A-D'),
      })
      .strict(),
    result: callViewSchema,
  },
  'calls.stats': { params: z.object({ callId: id }).strict(), result: callStatsSchema },
  /**
   * The media engine reports a call's ICE connection state (RTCPeerConnection iceConnectionState,
   * reduced to what main acts on): main restarts ICE on "failed" and ends a call whose media stays
   * lost (src/main/sip/calls/media-liveness.ts).
   */
  'calls.mediaState': {
    params: z.object({ callId: id, state: z.enum(mediaConnectionStates) }).strict(),
    result: z.object({}),
  },

  'history.list': {
    params: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: z.array(historyEntrySchema),
  },
  'history.delete': {
    params: z.object({ id: z.number().int() }).strict(),
    result: z.object({ deleted: z.number().int() }),
  },
  'history.clear': { params: empty, result: z.object({ deleted: z.number().int() }) },

  'provisioning.status': { params: empty, result: provisioningStatusSchema },
  /** Fetch and apply the configuration now (first run, "Provision now"); resolves with the outcome. */
  'provisioning.run': { params: provisioningRunParamsSchema, result: provisioningStatusSchema },

  /** One search box over every enabled source, merged and ranked; live directories included. */
  'contacts.search': {
    params: z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(1).max(200).optional(),
        sourceId: z.string().max(80).optional(),
      })
      .strict(),
    result: contactSearchResultSchema,
  },
  /** The contact list in name order, a page at a time (for the virtualised list). */
  'contacts.page': {
    params: z
      .object({
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(500),
        sourceId: z.string().max(80).optional(),
      })
      .strict(),
    result: contactPageSchema,
  },
  'contacts.add': { params: z.object({ fields: contactFieldsSchema }).strict(), result: contactViewSchema },
  'contacts.edit': {
    params: z.object({ id, fields: contactFieldsSchema }).strict(),
    result: contactViewSchema,
  },
  'contacts.delete': { params: z.object({ id }).strict(), result: z.object({ deleted: z.boolean() }) },
  /** "Add contact" from a history row: a draft for the form, not yet saved. */
  'contacts.draftFromHistory': {
    params: z.object({ historyId: z.number().int() }).strict(),
    result: contactFieldsSchema,
  },
  'contacts.callerId': {
    params: z.object({ number: z.string().max(256) }).strict(),
    result: z.object({ contact: contactRefSchema.nullable() }),
  },
  'contacts.csvPreview': { params: csvPreviewParamsSchema, result: csvPreviewSchema },
  /** dryRun: the error report only; otherwise the valid rows are stored, all or nothing. */
  'contacts.csvImport': { params: csvImportParamsSchema, result: csvImportResultSchema },

  'blf.list': { params: empty, result: z.array(blfKeyViewSchema) },

  'contactSources.list': { params: empty, result: z.array(contactSourceViewSchema) },
  'contactSources.add': {
    params: z
      .object({
        name: z.string().trim().min(1).max(100),
        config: contactSourceConfigSchema,
        secret: secretValue.optional(),
      })
      .strict(),
    result: contactSourceViewSchema,
  },
  'contactSources.update': {
    params: z.object({ id: z.string().max(80), edit: contactSourceEditSchema }).strict(),
    result: contactSourceViewSchema,
  },
  'contactSources.delete': {
    params: z.object({ id: z.string().max(80) }).strict(),
    result: z.object({ id: sourceIdText }),
  },
  /** Read the source again now (XML, Windows, Google, Outlook); LDAP: test the connection. */
  'contactSources.refresh': {
    params: z.object({ id: z.string().max(80) }).strict(),
    result: contactSourceViewSchema,
  },
  /** Google/Outlook: start the browser sign-in; the status carries the page to open. */
  ...linkRequests,
  ...desktopRequests,

  'contactSources.signIn': {
    params: z.object({ id: z.string().max(80) }).strict(),
    result: contactSourceViewSchema,
  },
} as const satisfies Record<string, RequestSpec>;

export const events = {
  'settings.changed': settingsSnapshotSchema,
  'accounts.changed': z.object({ accounts: z.array(accountViewSchema) }),
  'calls.changed': z.object({ calls: z.array(callViewSchema) }),
  'history.changed': z.object({}),
  'provisioning.changed': provisioningStatusSchema,
  /** Contacts of a source changed (added, edited, imported, refreshed). */
  'contacts.changed': z.object({ sourceId: sourceIdText }),
  'blf.changed': z.object({ keys: z.array(blfKeyViewSchema) }),
  'contactSources.changed': z.object({ sources: z.array(contactSourceViewSchema) }),
  ...linkEvents,
  ...desktopEvents,
} as const satisfies Record<string, z.ZodType>;

const mediaDeviceSchema = z.object({
  deviceId: deviceIdText,
  kind: z.enum(['audioinput', 'audiooutput']),
  label: z.string().max(1024),
});

export const mediaRequests = {
  /** Main asks which audio devices the renderer sees (for settings and headset matching). */
  'media.listDevices': { params: empty, result: z.object({ devices: z.array(mediaDeviceSchema) }) },
  /**
   * The bridge SessionDescriptionHandler's calls, mirroring sip.js: getDescription answers a pending
   * remote offer or creates an offer; setDescription applies an offer or an answer.
   */
  'media.getDescription': {
    params: z.object({ callId: id, options: mediaSessionOptionsSchema }).strict(),
    result: z.object({ sdp: sdpText }),
  },
  'media.setDescription': {
    params: z.object({ callId: id, sdp: sdpText, options: mediaSessionOptionsSchema }).strict(),
    result: z.object({}),
  },
  'media.sendDtmf': {
    params: z
      .object({ callId: id, tones: z.string().max(32), durationMs: z.number().int().min(40).max(6000) })
      .strict(),
    result: z.object({ sent: z.boolean() }),
  },
  /** Local DTMF feedback sound (the "DTMF sounds" setting); no call needed. */
  'media.playDtmfSound': { params: z.object({ tone: z.string().max(1) }).strict(), result: z.object({}) },
  'media.setMuted': { params: z.object({ callId: id, muted: z.boolean() }).strict(), result: z.object({}) },
  'media.setDevices': {
    params: z.object({ callId: id, inputDeviceId: deviceIdText, outputDeviceId: deviceIdText }).strict(),
    result: z.object({}),
  },
  /** Ringback, ringtone (on the ringer device) and busy tones, started and stopped by main. */
  'media.tone': {
    params: z
      .object({
        key: z.string().max(64),
        tone: z.enum(tones),
        play: z.boolean(),
        deviceIds: z.array(deviceIdText).max(2),
        /** The account's own ringtone (tone 'ringtone' only); absent for the built-in tone. */
        ringtone: ringtoneAudioSchema.optional(),
      })
      .strict(),
    /** `ringtone` answers a request that carried one (see ringtoneOutcomes). */
    result: z.object({ ringtone: z.enum(ringtoneOutcomes).optional() }),
  },
  'media.getStats': { params: z.object({ callId: id }).strict(), result: callStatsSchema },
  'media.close': { params: z.object({ callId: id }).strict(), result: z.object({}) },
  /**
   * The bridge SDH's rollbackDescription (sip.js calls it after a refused or failed re-INVITE):
   * withdraws our unanswered offer so the media is back at the last agreed offer/answer.
   */
  'media.rollback': { params: z.object({ callId: id }).strict(), result: z.object({}) },
} as const satisfies Record<string, RequestSpec>;

export type RequestName = keyof typeof requests;
export type RequestParams<M extends RequestName> = z.input<(typeof requests)[M]['params']>;
export type RequestResult<M extends RequestName> = z.output<(typeof requests)[M]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type MediaName = keyof typeof mediaRequests;
export type MediaParams<M extends MediaName> = z.output<(typeof mediaRequests)[M]['params']>;
export type MediaResult<M extends MediaName> = z.output<(typeof mediaRequests)[M]['result']>;

export const requestNames = Object.keys(requests) as RequestName[];
export const eventNames = Object.keys(events) as EventName[];
export const mediaNames = Object.keys(mediaRequests) as MediaName[];

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && Object.hasOwn(requests, value);
}
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
export function isMediaName(value: unknown): value is MediaName {
  return typeof value === 'string' && Object.hasOwn(mediaRequests, value);
}
