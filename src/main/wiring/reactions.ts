import type { SettingsSnapshot } from '../../shared/contract';
import type { DefaultCountry } from '../accounts/default-country';
import type { BlfLamps } from '../blf/blf-lamps';
import type { DesktopEventHub } from '../desktop/desktop-events';
import type { NotificationFeed } from '../desktop/notification-feed';
import type { CoreSignalMap } from '../events/core-signals';
import type { EventBus } from '../events/event-bus';
import type { CallHistory } from '../history/call-history';
import { TlsSettingsChange } from '../net/tls/tls-settings-change';
import type { ProvisioningService } from '../provisioning/provisioning-service';
import type { MwiService } from '../sip/mwi/mwi-service';
import type { SipService } from '../sip/sip-service';

export interface Reactors {
  settings: { snapshot(): SettingsSnapshot };
  defaultCountry: DefaultCountry;
  sip: SipService;
  blfLamps: BlfLamps;
  mwi: MwiService;
  provisioning: ProvisioningService;
  history: CallHistory;
  /** Only in the web shell. */
  feed: NotificationFeed | undefined;
}

/**
 * Who in main reacts to what: the one list. Subscribed once everything is built and before anything
 * starts; the shells subscribe after it, so main's own reactions run first.
 */
export function wireReactions(
  buses: { events: EventBus; signals: EventBus<CoreSignalMap>; desktopEvents: DesktopEventHub },
  r: Reactors,
): void {
  const tls = new TlsSettingsChange(r.settings.snapshot());
  buses.events.subscribe((event, payload) => {
    switch (event) {
      case 'settings.changed':
        // the SIP agents are built with the global TLS settings
        if (tls.changed(payload)) void r.sip.reconcile();
        r.provisioning.reschedule();
        r.history.prune(); // a lowered retention applies at once, not at the next call
        break;
      case 'accounts.changed':
        r.defaultCountry.forget();
        // "Use BLF", the subscription expiry or the domain may have changed.
        r.blfLamps.reconcile();
        r.mwi.accountsChanged(payload.accounts.map((account) => account.id));
        break;
      case 'calls.changed':
        r.feed?.calls(payload.calls);
        break;
    }
  });
  buses.signals.subscribe((signal, _payload) => {
    switch (signal) {
      case 'accounts.edited':
        void r.sip.reconcile();
        break;
      case 'provisioning.checkSyncRequested':
        r.provisioning.checkSync();
        break;
    }
  });
  const { feed } = r;
  if (feed) buses.desktopEvents.subscribe((event) => feed.event(event));
}
