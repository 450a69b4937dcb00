import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/contract';
import { accountSettingGroups } from '../shared/settings/account-settings';
import { globalSettingGroups } from '../shared/settings/global-settings';
import { AccountService } from './accounts/account-service';
import { createRequestHandlers } from './api';
import type { Database } from './db/database';
import { openDatabase } from './db/database';
import { EventBus } from './events/event-bus';
import type { Logger } from './log/logger';
import { FileLogger } from './log/logger';
import { Redactor } from './log/redact';
import { MediaChannel } from './media/media-channel';
import { Router } from './router';
import type { SecretStore } from './secrets/secret-store';
import { SettingCatalog } from './settings/setting-catalog';
import { SettingsService } from './settings/settings-service';

export interface CoreOptions {
  /** The user-data folder: database, logs. */
  dataDir: string;
  shell: AppInfo['shell'];
  version: string;
  platform: string;
  secrets: SecretStore;
  /** Echo log lines to stderr as well as the log file. */
  logToStderr?: boolean;
}

export interface Core {
  router: Router;
  events: EventBus;
  media: MediaChannel;
  settings: SettingsService;
  accounts: AccountService;
  settingCatalog: SettingCatalog;
  accountCatalog: SettingCatalog;
  logger: Logger;
  db: Database;
  close(): void;
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
  const onSecret = (value: string) => redactor.addSecret(value);

  const settingCatalog = new SettingCatalog(globalSettingGroups);
  const accountCatalog = new SettingCatalog(accountSettingGroups);
  const settings = new SettingsService(db, settingCatalog, options.secrets, logger.child('settings'), {
    onChange: (snapshot) => events.emit('settings.changed', snapshot),
    onSecret,
  });
  const accounts = new AccountService(db, accountCatalog, options.secrets, logger.child('accounts'), {
    onChange: (list) => events.emit('accounts.changed', { accounts: list }),
    onSecret,
  });
  await settings.loadSecretState();
  await accounts.loadSecretState();

  const appInfo: AppInfo = {
    name: 'Softphone',
    version: options.version,
    shell: options.shell,
    platform: options.platform,
    dataDir: options.dataDir,
  };
  const router = new Router(createRequestHandlers({ appInfo, settings, accounts }), logger.child('api'));
  logger.info(`Core started (${options.shell} shell, version ${options.version})`);

  return {
    router,
    events,
    media: new MediaChannel(),
    settings,
    accounts,
    settingCatalog,
    accountCatalog,
    logger,
    db,
    close() {
      logger.info('Core stopping');
      db.close();
    },
  };
}
