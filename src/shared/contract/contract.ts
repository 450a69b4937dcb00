/**
 * The one contract between the renderer and main.
 *
 * How to add a method:
 * 1. Add an entry to `requests` (renderer → main), `events` (main → renderer) or
 *    `mediaRequests` (main → the renderer's media engine) with zod schemas for
 *    what goes in and what comes back.
 * 2. Requests: add the handler in src/main/api.ts (the router refuses a method
 *    without one at start-up). Events: emit them through the core's EventBus.
 *    Media requests: handle them in src/renderer/media/.
 * 3. Nothing else: the preload, the IPC adapter and the web shell derive their
 *    allow-lists from the keys of these objects.
 */
import { z } from 'zod';
import { accountViewSchema, appInfoSchema, settingValueSchema, settingsSnapshotSchema } from './models';

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
} as const satisfies Record<string, RequestSpec>;

export const events = {
  'settings.changed': settingsSnapshotSchema,
  'accounts.changed': z.object({ accounts: z.array(accountViewSchema) }),
} as const satisfies Record<string, z.ZodType>;

const mediaDeviceSchema = z.object({
  deviceId: z.string(),
  kind: z.enum(['audioinput', 'audiooutput']),
  label: z.string(),
});

export const mediaRequests = {
  /** Main asks which audio devices the renderer sees (for settings and headset matching). */
  'media.listDevices': { params: empty, result: z.object({ devices: z.array(mediaDeviceSchema) }) },
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
