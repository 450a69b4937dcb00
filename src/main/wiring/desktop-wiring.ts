import type { AppInfo } from '../../shared/contract';
import type { LinkEvents } from '../../shared/links/link-contract';
import { AudioDeviceMonitor } from '../desktop/audio-device-monitor';
import type { DesktopEventHub } from '../desktop/desktop-events';
import { DesktopStatus } from '../desktop/desktop-status';
import { NotificationFeed } from '../desktop/notification-feed';
import type { PresenceModel } from '../desktop/presence';
import type { EventBus } from '../events/event-bus';
import { createDialableWaiter } from '../links/dialable-waiter';
import { diallingAccountOf } from '../links/dialling-account';
import { LinkHandler } from '../links/link-handler';
import type { Logger } from '../log/logger';
import type { MediaChannel } from '../media/media-channel';
import { NetworkWatcher } from '../net/network-watcher';
import type { SettingsService } from '../settings/settings-service';
import type { AgentRegistry } from '../sip/agent-registry';
import type { CallManager } from '../sip/calls/call-manager';
import type { SipService } from '../sip/sip-service';

export interface DesktopWiring {
  shell: AppInfo['shell'];
  settings: SettingsService;
  media: MediaChannel;
  presence: PresenceModel;
  agents: AgentRegistry;
  calls: CallManager;
  sip: SipService;
  desktopEvents: DesktopEventHub;
  events: EventBus;
  logger: Logger;
}

export interface Desktop {
  network: NetworkWatcher;
  audioDevices: AudioDeviceMonitor;
  links: LinkHandler;
  desktop: DesktopStatus;
  /** The web shell's notifications (the browser shows them); the Electron shell notifies natively. */
  feed: NotificationFeed | undefined;
}

/** What surrounds the phone on a desktop: network changes, audio devices, call links, notifications. */
export function createDesktop(wiring: DesktopWiring): Desktop {
  const { settings, events, desktopEvents, logger } = wiring;
  const network = new NetworkWatcher((online) => {
    logger.info(`Network changed (${online ? 'online' : 'offline'}): re-registering`);
    wiring.sip.networkChanged();
    desktopEvents.emit({ type: 'network', online });
  });
  const audioDevices = new AudioDeviceMonitor({
    listDevices: async () => (await wiring.media.request('media.listDevices', {})).devices,
    onChange: (change) => desktopEvents.emit({ type: 'audioDevice', ...change }),
    onError: (error) =>
      logger.debug(`Audio devices not listed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const links = new LinkHandler({
    dial: (target, { accountId }) => wiring.calls.dial(target, accountId),
    confirmFirst: () => settings.get('functions.automation.confirmLinkDial') === true,
    diallingAccount: () => diallingAccountOf(wiring.agents),
    emit: (event: keyof LinkEvents, payload: LinkEvents[keyof LinkEvents]) => events.emit(event, payload),
    logger: logger.child('links'),
    whenDialable: createDialableWaiter({
      isDialable: () => wiring.agents.registeredAccountIds().length > 0,
      subscribe: (listener) =>
        events.subscribe((event, _payload) => {
          if (event === 'accounts.changed') listener();
        }),
    }),
  });
  const desktop = new DesktopStatus(events);
  const feed =
    wiring.shell === 'web'
      ? new NotificationFeed({
          settings,
          dnd: () => wiring.presence.dnd,
          // The web shell runs on the user's own machine: its locale is the user's system language.
          systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
          show: (request) => events.emit('notifications.show', request),
          close: (tag) => events.emit('notifications.close', { tag }),
        })
      : undefined;
  return { network, audioDevices, links, desktop, feed };
}
