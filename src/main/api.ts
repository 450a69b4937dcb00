import type { AppInfo } from '../shared/contract';
import type { AccountService } from './accounts/account-service';
import type { RequestHandlers } from './router';
import type { SettingsService } from './settings/settings-service';

export interface ApiServices {
  appInfo: AppInfo;
  settings: SettingsService;
  accounts: AccountService;
}

/** Maps every contract request to the service that answers it. */
export function createRequestHandlers(services: ApiServices): RequestHandlers {
  const { settings, accounts } = services;
  return {
    'app.info': () => services.appInfo,
    'settings.get': () => settings.snapshot(),
    'settings.set': ({ key, value }) => settings.set(key, value),
    'settings.reset': ({ key }) => settings.reset(key),
    'settings.setSecret': ({ key, value }) => settings.setSecret(key, value),
    'settings.clearSecret': ({ key }) => settings.clearSecret(key),
    'accounts.list': () => accounts.list(),
    'accounts.create': ({ settings: values, password }) => accounts.create(values, password),
    'accounts.update': ({ id, settings: values, password }) => accounts.update(id, values, password),
    'accounts.delete': ({ id }) => accounts.delete(id),
  };
}
