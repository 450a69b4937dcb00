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
 * starts. The shells subscribe to `events` after it, so main's reactions to the contract's events run
 * first; settings changes reach main through the signal that follows the event, after the shells.
 */
export function wireReactions(
  buses: { events: EventBus; signals: EventBus<CoreSignalMap>; desktopEvents: DesktopEventHub },
  r: Reactors,
): void {
  const tls = new TlsSettingsChange(r.settings.snapshot());
  buses.events.subscribe((event, payload) => {
    switch (event) {
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
  buses.signals.subscribe((signal, payload) => {
    switch (signal) {
      case 'settings.changed':
        // the SIP agents are built with the global TLS settings; a provisioning run reconciles once
        // when every owner has committed
        if (tls.changed(payload.snapshot) && payload.origin !== 'provisioning') void r.sip.reconcile();
        r.provisioning.reschedule();
        r.history.prune(); // a lowered retention applies at once, not at the next call
        break;
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
