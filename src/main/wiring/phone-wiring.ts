import type { AccountService } from '../accounts/account-service';
import { BlfKeys } from '../blf/blf-keys';
import { BlfLamps } from '../blf/blf-lamps';
import type { ContactsService } from '../contacts/contacts-service';
import type { Database } from '../db/database';
import type { DesktopEventHub } from '../desktop/desktop-events';
import type { PresenceModel } from '../desktop/presence';
import type { CoreSignalMap } from '../events/core-signals';
import type { EventBus } from '../events/event-bus';
import type { CallHistory } from '../history/call-history';
import type { Logger } from '../log/logger';
import type { MediaChannel } from '../media/media-channel';
import type { SettingsService } from '../settings/settings-service';
import { AgentRegistry } from '../sip/agent-registry';
import { bridgeSessionDescriptionHandlerFactory } from '../sip/bridge/bridge-session-description-handler';
import { CallManager } from '../sip/calls/call-manager';
import { MwiService } from '../sip/mwi/mwi-service';
import { handleOutOfDialogNotify } from '../sip/out-of-dialog-notify';
import { SipService } from '../sip/sip-service';

export interface PhoneWiring {
  db: Database;
  settings: SettingsService;
  accounts: AccountService;
  media: MediaChannel;
  history: CallHistory;
  presence: PresenceModel;
  contacts: ContactsService;
  desktopEvents: DesktopEventHub;
  events: EventBus;
  signals: EventBus<CoreSignalMap>;
  logger: Logger;
}

export interface Phone {
  agents: AgentRegistry;
  calls: CallManager;
  sip: SipService;
  blf: BlfKeys;
  blfLamps: BlfLamps;
  mwi: MwiService;
}

/**
 * The SIP side: the agents (SipService, published in an AgentRegistry), the calls on them, BLF keys
 * and lamps, and voicemail (MWI). Built in the order they need each other; the SIP service last, as
 * its delegate hands registrations, INVITEs and NOTIFYs to the others.
 */
export function createPhone(wiring: PhoneWiring): Phone {
  const { accounts, settings, events, logger } = wiring;
  /** One account's settings by full key, read once per use. */
  const accountSetting = (id: string) => {
    const values = accounts.settingsOf(id);
    return (key: string) => values[key];
  };
  const agents = new AgentRegistry(() => accounts.list().map((account) => account.id));
  const calls = new CallManager({
    agents,
    globalSetting: (key) => settings.get(key),
    accountSetting,
    media: wiring.media,
    history: wiring.history,
    dnd: () => wiring.presence.dnd,
    callerId: {
      now: (number) => wiring.contacts.callerIdNow(number),
      later: (number) => wiring.contacts.callerIdLater(number),
    },
    logger: logger.child('calls'),
    onChange: (list) => events.emit('calls.changed', { calls: list }),
    onRingtoneProblem: (accountId, problem) => accounts.setRingtoneProblem(accountId, problem),
  });
  const { blf, blfLamps } = createBlf(wiring, agents, accountSetting);
  const mwi = new MwiService({
    userAgentOf: (id) => agents.userAgentOf(id),
    accountSetting,
    setVoicemail: (id, status) => accounts.setVoicemail(id, status),
    onNewMessages: (accountId, newMessages) =>
      wiring.desktopEvents.emit({ type: 'voicemail', accountId, newMessages }),
    logger: logger.child('mwi'),
  });
  const sip = new SipService({
    accounts,
    settings,
    agents,
    logger: logger.child('sip'),
    sessionDescriptionHandlerFactory: bridgeSessionDescriptionHandlerFactory(calls.bridgeContext()),
    delegate: {
      onRegistration: (id, registration) => {
        accounts.setRegistration(id, registration);
        calls.registrationChanged(id, registration.state);
        // Only a registration retries lamps the PBX refused; everything else reconciles.
        blfLamps.registrationChanged(id, registration.state);
        mwi.registrationChanged(id, registration);
      },
      onInvite: (id, invitation) => calls.handleInvite(id, invitation),
      onNotify: (id, notification) =>
        handleOutOfDialogNotify(
          notification,
          () => {
            // one line per NOTIFY at debug: a burst is summarised by the check-sync limiter's lines
            logger.debug(`check-sync from the PBX on account ${id}`);
            wiring.signals.emit('provisioning.checkSyncRequested', { accountId: id });
          },
          (body, contentType) => mwi.messageSummary(id, body, contentType),
        ),
    },
  });
  return { agents, calls, sip, blf, blfLamps, mwi };
}

/** The BLF keys (SQLite) and their lamps (SUBSCRIBE dialogs): each reads the other. */
function createBlf(
  wiring: PhoneWiring,
  agents: AgentRegistry,
  accountSetting: (id: string) => (key: string) => unknown,
): { blf: BlfKeys; blfLamps: BlfLamps } {
  const { accounts, events } = wiring;
  const blf: BlfKeys = new BlfKeys(
    wiring.db,
    (accountKey) =>
      (accountKey === undefined ? undefined : accounts.idOfProvisionKey(accountKey)) ??
      accounts.list()[0]?.id,
    () => {
      blfLamps.reconcile();
      events.emit('blf.changed', { keys: blf.list() });
    },
    (id) => blfLamps.lampOf(id),
  );
  const blfLamps: BlfLamps = new BlfLamps({
    userAgentOf: (id) => agents.userAgentOf(id),
    accountSetting,
    keys: () => blf.list(),
    onChange: () => events.emit('blf.changed', { keys: blf.list() }),
    logger: wiring.logger.child('blf'),
  });
  return { blf, blfLamps };
}
