import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/contract';
import type { LinkOrigin } from '../shared/links/link-contract';
import { accountSettingGroups } from '../shared/settings/account-settings';
import { globalSettingGroups } from '../shared/settings/global-settings';
import { AccountService } from './accounts/account-service';
import { DefaultCountry } from './accounts/default-country';
import { createRequestHandlers } from './api';
import type { ContactsService } from './contacts/contacts-service';
import type { Database } from './db/database';
import { openDatabase } from './db/database';
import type { DesktopCore } from './desktop/desktop-controller';
import { DesktopEventHub } from './desktop/desktop-events';
import type { DesktopStatus } from './desktop/desktop-status';
import { PresenceModel } from './desktop/presence';
import type { CoreSignalMap } from './events/core-signals';
import { EventBus } from './events/event-bus';
import type { LinkHandler } from './links/link-handler';
import { CallHistory } from './history/call-history';
import { historyRetentionFrom } from './history/history-retention';
import type { Logger } from './log/logger';
import { FileLogger } from './log/logger';
import { Redactor } from './log/redact';
import { MediaChannel } from './media/media-channel';
import { fetchProvisioningFile } from './provisioning/fetch/provisioning-fetcher';
import { parseProvisioningFile } from './provisioning/format/parse-provisioning-file';
import { ProvisioningService } from './provisioning/provisioning-service';
import { Router } from './router';
import type { SecretStore } from './secrets/secret-store';
import { SettingCatalog } from './settings/setting-catalog';
import { SettingsService } from './settings/settings-service';
import type { CallManager } from './sip/calls/call-manager';
import type { SipService } from './sip/sip-service';
import { createContacts } from './wiring/contacts-wiring';
import { createDesktop } from './wiring/desktop-wiring';
import { createPhone } from './wiring/phone-wiring';
import { wireReactions } from './wiring/reactions';

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

/**
 * What a shell uses of the core, so a shell's test fake is a small object and needs no cast. The web
 * shell's server and the IPC adapter take only router, events, media and logger of it.
 */
export interface ShellCore {
  router: Pick<Router, 'handle'>;
  events: Pick<EventBus, 'subscribe'>;
  media: Pick<MediaChannel, 'attach'>;
  logger: Logger;
  /** sip:, tel:, callto: links from the command line or the OS, and the queue released once ready. */
  links: { handle(raw: string, origin: LinkOrigin): Promise<unknown>; ready(): Promise<unknown> };
  close(): Promise<void>;
}

/** The Electron shell also drives the desktop integration and re-registers after sleep. */
export interface ElectronShellCore extends ShellCore, DesktopCore {
  presence: PresenceModel;
  desktop: Pick<DesktopStatus, 'reportUpdate' | 'reportShortcuts' | 'setInstaller' | 'updateStatus'>;
  sip: Pick<SipService, 'resumed' | 'networkChanged'>;
}

export const databaseFileName = 'softphone.db';
export const logFileName = join('logs', 'main.log');

/**
 * The composition root: builds every service of main in the order they need each other (the wiring/
 * modules build the phone, the contacts and the desktop parts), then lists in wiring/reactions.ts who
 * reacts to which event, then starts them.
 */
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
  const signals = new EventBus<CoreSignalMap>();
  const media = new MediaChannel();
  const onSecret = (value: string) => redactor.addSecret(value);

  const settingCatalog = new SettingCatalog(globalSettingGroups);
  const accountCatalog = new SettingCatalog(accountSettingGroups);
  const settings = new SettingsService(db, settingCatalog, options.secrets, logger.child('settings'), {
    onChange: (snapshot, origin) => {
      events.emit('settings.changed', snapshot);
      signals.emit('settings.changed', { snapshot, origin });
    },
    onSecret,
  });
  const accounts = new AccountService(db, accountCatalog, options.secrets, logger.child('accounts'), {
    onChange: (list) => events.emit('accounts.changed', { accounts: list }),
    onEdited: () => signals.emit('accounts.edited', {}),
    onSecret,
  });
  await settings.loadSecretState();
  await accounts.loadSecretState();
  const defaultCountry = new DefaultCountry(accounts);

  const contacts = await createContacts({
    db,
    secrets: options.secrets,
    settings,
    events,
    logger: logger.child('contacts'),
    defaultCountry: () => defaultCountry.get(),
    onSecret,
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
  });
  const presence = new PresenceModel();
  presence.subscribe((state) => events.emit('presence.changed', { state }));
  const history = new CallHistory(
    db,
    () => events.emit('history.changed', {}),
    (number) => contacts.callerIdNow(number),
    { retention: () => historyRetentionFrom((key) => settings.get(key)) },
  );
  const desktopEvents = new DesktopEventHub();
  const phone = createPhone({
    db,
    settings,
    accounts,
    media,
    history,
    presence,
    contacts,
    desktopEvents,
    events,
    signals,
    logger,
  });
  const { calls, sip, blf, blfLamps, mwi } = phone;
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
  const { network, audioDevices, links, desktop, feed } = createDesktop({
    shell: options.shell,
    settings,
    media,
    presence,
    agents: phone.agents,
    calls,
    sip,
    desktopEvents,
    events,
    logger,
  });
  wireReactions(
    { events, signals, desktopEvents },
    { settings, defaultCountry, sip, blfLamps, mwi, provisioning, history, feed },
  );

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
