import type { DesktopEvent, NotificationRequest } from '../../shared/contract/desktop';
import type { DesktopSettings } from './desktop-settings';
import { text } from './desktop-texts';

/** What the policy decided for one event: a notification to show, or the tag of one to close. */
export type NotificationDecision =
  { type: 'show'; request: NotificationRequest } | { type: 'close'; tag: string } | { type: 'none' };

export interface NotificationPolicyOptions {
  /** Whether the OS shows action buttons on notifications (macOS, Windows toasts): answer/decline. */
  actionsSupported: boolean;
}

const none: NotificationDecision = { type: 'none' };

export function callTag(callId: string): string {
  return `call:${callId}`;
}

/**
 * Turns a domain event and the "Pop-up notifications" settings into a notification request.
 * Missed calls follow "Notify of incoming calls" (the manual has no switch of their own). In do not
 * disturb nothing pops up.
 */
export function decideNotification(
  event: DesktopEvent,
  settings: Pick<DesktopSettings, 'language' | 'notifications'>,
  options: NotificationPolicyOptions & { dnd?: boolean },
): NotificationDecision {
  const lang = settings.language;
  const on = settings.notifications;
  if (event.type === 'incomingCallEnded') return { type: 'close', tag: callTag(event.callId) };
  if (options.dnd) return none;
  switch (event.type) {
    case 'incomingCall':
      if (!on.onIncomingCall) return none;
      return show({
        kind: 'incomingCall',
        tag: callTag(event.callId),
        title: text(lang, 'incomingCall'),
        body: caller(lang, event.remoteName, event.remoteNumber),
        actions: options.actionsSupported
          ? [
              { id: 'answer', title: text(lang, 'answer') },
              { id: 'decline', title: text(lang, 'decline') },
            ]
          : [],
        requireInteraction: true,
        callId: event.callId,
      });
    case 'missedCall':
      if (!on.onIncomingCall) return none;
      return show({
        kind: 'missedCall',
        tag: callTag(event.callId),
        title: text(lang, 'missedCall'),
        body: caller(lang, event.remoteName, event.remoteNumber),
        actions:
          options.actionsSupported && event.remoteNumber
            ? [{ id: 'callBack', title: text(lang, 'callBack') }]
            : [],
        requireInteraction: false,
        callId: event.callId,
        ...(event.remoteNumber ? { number: event.remoteNumber } : {}),
      });
    case 'voicemail':
      if (!on.onVoicemail || event.newMessages === 0) return none;
      return plain('voicemail', `voicemail:${event.accountId}`, text(lang, 'voicemailTitle'), {
        body: text(lang, 'voicemailBody', { count: event.newMessages }),
      });
    case 'instantMessage':
      if (!on.onInstantMessage) return none;
      return plain(
        'instantMessage',
        `message:${event.from}`,
        text(lang, 'messageFrom', {
          name: event.fromName || event.from,
        }),
        { body: event.text.slice(0, 200) },
      );
    case 'contactOnline':
      if (!on.onContactOnline) return none;
      return plain(
        'contactOnline',
        `presence:${event.contactName}`,
        text(lang, 'contactOnline', {
          name: event.contactName,
        }),
      );
    case 'audioDevice':
      if (!on.onAudioDeviceChange) return none;
      return plain(
        'audioDevice',
        'audio-device',
        text(lang, event.change === 'connected' ? 'deviceConnected' : 'deviceDisconnected'),
        { body: event.label },
      );
    case 'network':
      if (!on.onNetworkChange) return none;
      return plain('network', 'network', text(lang, event.online ? 'networkOnline' : 'networkOffline'), {
        body: text(lang, event.online ? 'networkOnlineBody' : 'networkOfflineBody'),
      });
  }
}

function caller(lang: DesktopSettings['language'], name: string, number: string): string {
  if (name && number && name !== number) return `${name} (${number})`;
  return name || number || text(lang, 'unknownCaller');
}

function show(request: NotificationRequest): NotificationDecision {
  return { type: 'show', request };
}

function plain(
  kind: NotificationRequest['kind'],
  tag: string,
  title: string,
  extra: { body?: string } = {},
): NotificationDecision {
  return show({ kind, tag, title, body: extra.body ?? '', actions: [], requireInteraction: false });
}
