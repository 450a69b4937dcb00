import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, SettingsSnapshot } from '../shared/contract';
import type { LinkEvents } from '../shared/links/link-contract';
import { accountSettingGroups } from '../shared/settings/account-settings';
import { globalSettingGroups } from '../shared/settings/global-settings';
import { AccountService } from './accounts/account-service';
import { createRequestHandlers } from './api';
import { BlfKeys } from './blf/blf-keys';
import { BlfLamps } from './blf/blf-lamps';
import { MwiService } from './sip/mwi/mwi-service';
import { ContactsService } from './contacts/contacts-service';
import { cloudFactories } from './contacts/sources/cloud-runtime';
import { ldapRuntime, windowsRuntime, xmlRuntime } from './contacts/sources/runtimes';
import type { Database } from './db/database';
import { openDatabase } from './db/database';
import { AudioDeviceMonitor } from './desktop/audio-device-monitor';
import { DesktopEventHub } from './desktop/desktop-events';
import { DesktopStatus } from './desktop/desktop-status';
import { NotificationFeed } from './desktop/notification-feed';
import { PresenceModel } from './desktop/presence';
import { EventBus } from './events/event-bus';
import { createDialableWaiter } from './links/dialable-waiter';
import { diallingAccountOf } from './links/dialling-account';
import { LinkHandler } from './links/link-handler';
import { CallHistory } from './history/call-history';
import { historyRetentionFrom } from './history/history-retention';
import type { Logger } from './log/logger';
import { FileLogger } from './log/logger';
import { Redactor } from './log/redact';
import { MediaChannel } from './media/media-channel';
import { NetworkWatcher } from './net/network-watcher';
import { handleOutOfDialogNotify } from './sip/out-of-dialog-notify';
import { fetchProvisioningFile } from './provisioning/fetch/provisioning-fetcher';
import { parseProvisioningFile } from './provisioning/format/parse-provisioning-file';
import { ProvisioningService } from './provisioning/provisioning-service';
import { globalTlsSettings } from './net/tls/global-tls-settings';
import { Router } from './router';
import type { SecretStore } from './secrets/secret-store';
import { SettingCatalog } from './settings/setting-catalog';
import { SettingsService } from './settings/settings-service';
import { bridgeSessionDescriptionHandlerFactory } from './sip/bridge/bridge-session-description-handler';
import { CallManager } from './sip/calls/call-manager';
import { AgentRegistry } from './sip/agent-registry';
import { SipService } from './sip/sip-service';

export interface CoreOptions {
  /** The user-data folder: database, logs. */
  dataDir: string;
  shell: AppInfo['shell'];
  version: string;
  platform: string;
  secrets: SecretStore;
  /** Echo log lines to stderr as well as the log file. */
  logToStderr?: boolean;
  /** Opens a web page in the system browser (Electron's shell.openExternal): the contacts sign-in. */
  openExternal?: (url: string) => Promise<void>;
}

export interface Core {
  router: Router;
  events: EventBus;
  media: MediaChannel;
  settings: SettingsService;
  accounts: AccountService;
  settingCatalog: SettingCatalog;
  accountCatalog: SettingCatalog;
  sip: SipService;
  calls: CallManager;
  history: CallHistory;
  provisioning: ProvisioningService;
  contacts: ContactsService;
  presence: PresenceModel;
  links: LinkHandler;
  /** Update and shortcut state; the Electron shell fills it, the web shell has neither. */
  desktop: DesktopStatus;
  /** Voicemail, network and audio-device events for the shells' notifications. */
  desktopEvents: DesktopEventHub;
  logger: Logger;
  db: Database;
  /** Ends calls, deregisters (bounded) and closes the database. */
  close(): Promise<void>;
}

export const databaseFileName = 'softphone.db';
export const logFileName = join('logs', 'main.log');

/** The composition root: builds every service of main and wires them together. */
export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const redactor = new Redactor();
  const logger = new FileLogger({
    file: join(options.dataDir, logFileName),
    redactor,
    echo: options.logToStderr ?? false,
  });
  const db = openDatabase(join(options.dataDir, databaseFileName));
  const events = new EventBus();
  const media = new MediaChannel();
  const onSecret = (value: string) => redactor.addSecret(value);
  // The SIP layer follows account edits and TLS changes; it is created below, after the services it reads.
  const later: {
    sip?: SipService;
    provisioning?: ProvisioningService;
    blfLamps?: BlfLamps;
    mwi?: MwiService;
    history?: CallHistory;
  } = {};
  const reconcileSip = () => void later.sip?.reconcile();

  const settingCatalog = new SettingCatalog(globalSettingGroups);
  const accountCatalog = new SettingCatalog(accountSettingGroups);
  let lastTls = '';
  const settings = new SettingsService(db, settingCatalog, options.secrets, logger.child('settings'), {
    onChange: (snapshot) => {
      events.emit('settings.changed', snapshot);
      const tls = tlsFingerprint(snapshot);
      if (tls !== lastTls) reconcileSip();
      lastTls = tls;
      later.provisioning?.reschedule();
      later.history?.prune(); // a lowered retention applies at once, not at the next call
    },
    onSecret,
  });
  lastTls = tlsFingerprint(settings.snapshot());
  const accounts = new AccountService(db, accountCatalog, options.secrets, logger.child('accounts'), {
    onChange: (list) => events.emit('accounts.changed', { accounts: list }),
    onEdited: reconcileSip,
    onSecret,
  });
  await settings.loadSecretState();
  await accounts.loadSecretState();

  /** One account's settings by full key, read once per use. */
  const accountSetting = (id: string) => {
    const values = accounts.settingsOf(id);
    return (key: string) => values[key];
  };
  // Read once per change of the accounts: caller ID and every imported number ask for it.
  let knownCountry: string | undefined;
  events.subscribe((...[event]) => {
    if (event === 'accounts.changed') knownCountry = undefined;
  });
  const defaultCountry = (): string => {
    if (knownCountry !== undefined) return knownCountry;
    const first = accounts.list()[0];
    const value = first ? accounts.settingsOf(first.id)['numberModification.defaultCountry'] : undefined;
    knownCountry = typeof value === 'string' && value !== '' ? value : 'DE';
    return knownCountry;
  };
  const runtimeEnvironment = {
    tls: () => globalTlsSettings((key) => settings.get(key)),
    allowInsecureHttp: () => settings.get('functions.provisioning.allowInsecureHttp') === true,
    defaultCountry,
  };
  const contacts = new ContactsService({
    db,
    secrets: options.secrets,
    logger: logger.child('contacts'),
    defaultCountry,
    factories: {
      ldap: ldapRuntime(runtimeEnvironment),
      xml: xmlRuntime(runtimeEnvironment),
      windows: windowsRuntime(),
      ...cloudFactories({
        secrets: options.secrets,
        onSecret,
        clientIds: () => ({
          googleClientId: String(settings.get('contacts.cloud.googleClientId') ?? ''),
          googleClientSecret: String(settings.get('contacts.cloud.googleClientSecret') ?? ''),
          outlookClientId: String(settings.get('contacts.cloud.outlookClientId') ?? ''),
        }),
        ...(options.openExternal ? { openExternal: options.openExternal } : {}),
      }),
    },
    onContactsChanged: (sourceId) => events.emit('contacts.changed', { sourceId }),
    onSourcesChanged: (sources) => events.emit('contactSources.changed', { sources }),
    onSecret,
  });
  await contacts.loadSecretState();

  const presence = new PresenceModel();
  presence.subscribe((state) => events.emit('presence.changed', { state }));

  const history = new CallHistory(
    db,
    () => events.emit('history.changed', {}),
    (number) => contacts.callerIdNow(number),
    { retention: () => historyRetentionFrom((key) => settings.get(key)) },
  );
  later.history = history;
  // SipService publishes its agents here and the call manager reads them: neither needs the other first.
  const agents = new AgentRegistry(() => accounts.list().map((account) => account.id));
  const calls = new CallManager({
    agents,
    globalSetting: (key) => settings.get(key),
    accountSetting,
    media,
    history,
    dnd: () => presence.dnd,
    callerId: {
      now: (number) => contacts.callerIdNow(number),
      later: (number) => contacts.callerIdLater(number),
    },
    logger: logger.child('calls'),
    onChange: (list) => events.emit('calls.changed', { calls: list }),
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
        // Only a registration retries lamps the PBX refused; everything else reconciles.
        later.blfLamps?.registrationChanged(id, registration.state);
        later.mwi?.registrationChanged(id, registration);
      },
      onInvite: (id, invitation) => calls.handleInvite(id, invitation),
      onNotify: (id, notification) =>
        handleOutOfDialogNotify(
          notification,
          () => {
            // one line per NOTIFY at debug: a burst is summarised by the check-sync limiter's lines
            logger.debug(`check-sync from the PBX on account ${id}`);
            provisioning.checkSync();
          },
          (body, contentType) => later.mwi?.messageSummary(id, body, contentType),
        ),
    },
  });
  later.sip = sip;
  const blf: BlfKeys = new BlfKeys(
    db,
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
    logger: logger.child('blf'),
  });
  // "Use BLF", the subscription expiry or the domain may have changed.
  events.subscribe((...[event]) => {
    if (event === 'accounts.changed') blfLamps.reconcile();
  });
  later.blfLamps = blfLamps;
  const provisioning = new ProvisioningService({
    db,
    contacts,
    blf,
    settings,
    accounts,
    settingCatalog,
    accountCatalog,
    logger: logger.child('provisioning'),
    fetchFile: fetchProvisioningFile,
    parseFile: parseProvisioningFile,
    reconcile: () => sip.reconcile(),
    onChange: (status) => events.emit('provisioning.changed', status),
    onSecret,
  });
  later.provisioning = provisioning;
  const desktopEvents = new DesktopEventHub();
  const network = new NetworkWatcher((online) => {
    logger.info(`Network changed (${online ? 'online' : 'offline'}): re-registering`);
    sip.networkChanged();
    desktopEvents.emit({ type: 'network', online });
  });
  const mwi = new MwiService({
    userAgentOf: (id) => agents.userAgentOf(id),
    accountSetting,
    setVoicemail: (id, status) => accounts.setVoicemail(id, status),
    onNewMessages: (accountId, newMessages) =>
      desktopEvents.emit({ type: 'voicemail', accountId, newMessages }),
    logger: logger.child('mwi'),
  });
  later.mwi = mwi;
  events.subscribe((event, payload) => {
    if (event === 'accounts.changed') mwi.accountsChanged(payload.accounts.map((account) => account.id));
  });
  const audioDevices = new AudioDeviceMonitor({
    listDevices: async () => (await media.request('media.listDevices', {})).devices,
    onChange: (change) => desktopEvents.emit({ type: 'audioDevice', ...change }),
    onError: (error) =>
      logger.debug(`Audio devices not listed: ${error instanceof Error ? error.message : String(error)}`),
  });

  const links = new LinkHandler({
    dial: (target, { accountId }) => calls.dial(target, accountId),
    confirmFirst: () => settings.get('functions.automation.confirmLinkDial') === true,
    diallingAccount: () => diallingAccountOf(agents),
    emit: (event: keyof LinkEvents, payload: LinkEvents[keyof LinkEvents]) => events.emit(event, payload),
    logger: logger.child('links'),
    whenDialable: createDialableWaiter({
      isDialable: () => agents.registeredAccountIds().length > 0,
      subscribe: (listener) =>
        events.subscribe((...[event]) => {
          if (event === 'accounts.changed') listener();
        }),
    }),
  });
  const desktop = new DesktopStatus(events);
  if (options.shell === 'web') {
    // The browser shows these with its Notification API; the Electron shell notifies natively.
    const feed = new NotificationFeed({
      settings,
      dnd: () => presence.dnd,
      // The web shell runs on the user's own machine: its locale is the user's system language.
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
      show: (request) => events.emit('notifications.show', request),
      close: (tag) => events.emit('notifications.close', { tag }),
    });
    events.subscribe((event, payload) => {
      if (event === 'calls.changed') feed.calls(payload.calls);
    });
    desktopEvents.subscribe((event) => feed.event(event));
  }

  const appInfo: AppInfo = {
    name: 'Softphone',
    version: options.version,
    shell: options.shell,
    platform: options.platform,
    dataDir: options.dataDir,
  };
  const router = new Router(
    createRequestHandlers({
      appInfo,
      settings,
      accounts,
      registration: sip,
      calls,
      history,
      provisioning,
      contacts,
      blf,
      presence,
      links,
      desktop,
      audioDevices,
    }),
    logger.child('api'),
  );
  await sip.start();
  blfLamps.reconcile();
  network.start();
  provisioning.start();
  contacts.start();
  logger.info(`Core started (${options.shell} shell, version ${options.version})`);

  let closing: Promise<void> | undefined;
  return {
    router,
    events,
    media,
    settings,
    accounts,
    settingCatalog,
    accountCatalog,
    sip,
    calls,
    history,
    provisioning,
    contacts,
    presence,
    links,
    desktop,
    desktopEvents,
    logger,
    db,
    close() {
      closing ??= (async () => {
        logger.info('Core stopping');
        network.stop();
        contacts.stop();
        await provisioning.stop();
        await calls.hangupAll();
        blfLamps.stop();
        await mwi.stop();
        await sip.stop();
        db.close();
      })();
      return closing;
    },
  };
}

function tlsFingerprint(snapshot: SettingsSnapshot): string {
  return JSON.stringify(Object.entries(snapshot.values).filter(([key]) => key.startsWith('advanced.tls.')));
}
