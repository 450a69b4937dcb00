/**
 * Desktop integration: presence, notifications, updates and global shortcuts.
 * `desktopRequests` and `desktopEvents` are spread into `requests` and
 * `events` in contract.ts.
 */
import { z } from 'zod';

/**
 * The user's own presence. `dnd` (do not disturb) also changes call handling:
 * an incoming call is refused with 486 Busy Here instead of ringing.
 */
export const presenceStates = ['available', 'away', 'busy', 'dnd', 'offline'] as const;
export type PresenceState = (typeof presenceStates)[number];
export const presenceStateSchema = z.enum(presenceStates);

export const notificationKinds = [
  'incomingCall',
  'missedCall',
  'voicemail',
  'instantMessage',
  'contactOnline',
  'audioDevice',
  'network',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationActionIds = ['answer', 'decline', 'callBack', 'open'] as const;
export type NotificationActionId = (typeof notificationActionIds)[number];

const shortText = z.string().max(256);
const id = z.string().min(1).max(64);

/** Something that happened which a person may want to hear about; input of the NotificationPolicy. */
export const desktopEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('incomingCall'), callId: id, remoteNumber: shortText, remoteName: shortText }),
  z.object({ type: z.literal('incomingCallEnded'), callId: id }),
  z.object({ type: z.literal('missedCall'), callId: id, remoteNumber: shortText, remoteName: shortText }),
  z.object({
    type: z.literal('voicemail'),
    accountId: id,
    newMessages: z.number().int().min(0).max(100_000),
  }),
  z.object({
    type: z.literal('instantMessage'),
    from: shortText,
    fromName: shortText,
    text: z.string().max(4096),
  }),
  z.object({ type: z.literal('contactOnline'), contactName: shortText }),
  z.object({
    type: z.literal('audioDevice'),
    change: z.enum(['connected', 'disconnected']),
    label: shortText,
  }),
  z.object({ type: z.literal('network'), online: z.boolean() }),
]);
export type DesktopEvent = z.infer<typeof desktopEventSchema>;

/** What to show: the Electron shell as a native notification, the web shell with the Notification API. */
export const notificationRequestSchema = z.object({
  kind: z.enum(notificationKinds),
  /** Same tag replaces the earlier notification (e.g. `call:<id>`), as in the Notification API. */
  tag: z.string().max(128),
  title: shortText,
  body: z.string().max(1024),
  actions: z.array(z.object({ id: z.enum(notificationActionIds), title: shortText })).max(2),
  /** Stays until the user acts (an incoming call), rather than fading. */
  requireInteraction: z.boolean(),
  /** Set for call notifications, so an action can name the call. */
  callId: id.optional(),
  /** For "call back" on a missed call. */
  number: shortText.optional(),
});
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

export const updateStatusSchema = z.object({
  state: z.enum(['idle', 'checking', 'downloaded', 'error']),
  /** The downloaded version, when state is downloaded. */
  version: z.string().max(64).optional(),
  /** Set while an install waits for the calls to end. */
  waitingForCalls: z.boolean(),
  /** In English, when state is error. */
  message: z.string().max(512).optional(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const shortcutActions = ['answer', 'hangup', 'mute', 'dialClipboard'] as const;
export type ShortcutAction = (typeof shortcutActions)[number];

export const shortcutStatusSchema = z.object({
  /** Accelerators in use now, by action. */
  registered: z.array(z.object({ action: z.enum(shortcutActions), accelerator: z.string().max(64) })),
  /** Accelerators another application holds (or Electron refused), by action. */
  failed: z.array(z.object({ action: z.enum(shortcutActions), accelerator: z.string().max(64) })),
});
export type ShortcutStatus = z.infer<typeof shortcutStatusSchema>;

const empty = z.object({}).strict();

export const desktopRequests = {
  'presence.get': { params: empty, result: z.object({ state: presenceStateSchema }) },
  'presence.set': {
    params: z.object({ state: presenceStateSchema }).strict(),
    result: z.object({ state: presenceStateSchema }),
  },
  /** A click on a notification's action in the web shell (the Electron shell handles its own). */
  'notifications.action': {
    params: z.object({ tag: z.string().max(128), action: z.enum(notificationActionIds) }).strict(),
    result: z.object({}),
  },
  'updates.status': { params: empty, result: updateStatusSchema },
  /** "Restart to install": installs now, or as soon as no call is in progress. */
  'updates.install': { params: empty, result: updateStatusSchema },
  'shortcuts.status': { params: empty, result: shortcutStatusSchema },
  /** The media engine saw `devicechange` (and says so once at start): main lists and compares. */
  'audioDevices.changed': { params: empty, result: z.object({}) },
} as const;

export const desktopEvents = {
  'presence.changed': z.object({ state: presenceStateSchema }),
  /** The web shell shows it with the browser's Notification API; the Electron renderer ignores it. */
  'notifications.show': notificationRequestSchema,
  /** Closes an earlier notification with this tag (an incoming call that ended or was answered). */
  'notifications.close': z.object({ tag: z.string().max(128) }),
  'updates.changed': updateStatusSchema,
  'shortcuts.changed': shortcutStatusSchema,
} as const;
