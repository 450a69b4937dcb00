import type { AppInfo } from '../shared/contract';
import type { AccountService } from './accounts/account-service';
import type { BlfKeys } from './blf/blf-keys';
import type { AudioDeviceMonitor } from './desktop/audio-device-monitor';
import type { DesktopStatus } from './desktop/desktop-status';
import type { PresenceModel } from './desktop/presence';
import type { LinkHandler } from './links/link-handler';
import type { ContactsService } from './contacts/contacts-service';
import { csvImportOf, csvPreviewOf } from './contacts/csv/csv-import-flow';
import { ContractError } from '../shared/contract';
import type { CallHistory } from './history/call-history';
import type { ProvisioningService } from './provisioning/provisioning-service';
import type { RequestHandlers } from './router';
import type { SettingsService } from './settings/settings-service';
import type { CallManager } from './sip/calls/call-manager';

/** Login and Deregister per account, as the SIP layer offers them. */
export interface RegistrationControl {
  register(accountId: string): Promise<void>;
  unregister(accountId: string): Promise<void>;
}

export interface ApiServices {
  appInfo: AppInfo;
  settings: SettingsService;
  accounts: AccountService;
  registration: RegistrationControl;
  calls: CallManager;
  history: CallHistory;
  provisioning: Pick<ProvisioningService, 'status' | 'run'>;
  contacts: ContactsService;
  blf: Pick<BlfKeys, 'list'>;
  presence: PresenceModel;
  links: LinkHandler;
  desktop: DesktopStatus;
  audioDevices: Pick<AudioDeviceMonitor, 'devicesChanged'>;
}

/** Maps every contract request to the service that answers it. */
export function createRequestHandlers(services: ApiServices): RequestHandlers {
  const { settings, accounts, registration, calls, history, provisioning, contacts } = services;
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
    'accounts.register': async ({ id }) => {
      accounts.get(id);
      await registration.register(id);
      return accounts.get(id);
    },
    'accounts.unregister': async ({ id }) => {
      accounts.get(id);
      await registration.unregister(id);
      return accounts.get(id);
    },
    'calls.list': () => calls.list(),
    'calls.dial': ({ target, accountId }) => calls.dial(target, accountId),
    'calls.answer': ({ callId }) => calls.answer(callId),
    'calls.reject': ({ callId }) => calls.reject(callId),
    'calls.hangup': ({ callId }) => calls.hangup(callId),
    'calls.silence': ({ callId }) => calls.silence(callId),
    'calls.toVoicemail': ({ callId }) => calls.toVoicemail(callId),
    'calls.hold': ({ callId, hold }) => calls.hold(callId, hold),
    'calls.mute': ({ callId, muted }) => calls.mute(callId, muted),
    'calls.speaker': ({ callId, on }) => calls.speaker(callId, on),
    'calls.dtmf': ({ callId, tones }) => calls.dtmf(callId, tones),
    'calls.stats': ({ callId }) => calls.stats(callId),
    'calls.mediaState': ({ callId, state }) => calls.mediaState(callId, state),
    'history.list': ({ limit }) => history.list(limit),
    'history.delete': ({ id }) => history.delete(id),
    'history.clear': () => history.clear(),
    'provisioning.status': () => provisioning.status(),
    'provisioning.run': (params) => provisioning.run(params),
    'contacts.search': ({ query, limit, sourceId }) => contacts.searchAll(query, limit, sourceId),
    'contacts.page': ({ offset, limit, sourceId }) => contacts.page(offset, limit, sourceId),
    'contacts.add': ({ fields }) => contacts.add(fields),
    'contacts.edit': ({ id, fields }) => contacts.edit(id, fields),
    'contacts.delete': ({ id }) => contacts.delete(id),
    'contacts.draftFromHistory': ({ historyId }) => {
      const entry = history.get(historyId);
      if (!entry) {
        throw new ContractError('NOT_FOUND', 'This call is no longer in the history.', 'historyId', {
          key: 'history.gone',
        });
      }
      return contacts.draftFromHistory(entry.remoteNumber, entry.remoteName);
    },
    'contacts.callerId': ({ number }) => ({ contact: contacts.callerIdNow(number) ?? null }),
    'contacts.csvPreview': ({ data, encoding, separator }) => csvPreviewOf(data, encoding, separator),
    'contacts.csvImport': (request) => csvImportOf(request, (rows) => contacts.importAll(rows)),
    'blf.list': () => services.blf.list(),
    'links.open': ({ uri }) => services.links.handle(uri, 'web'),
    'links.listPending': () => ({ links: services.links.listPending() }),
    'links.confirm': ({ id }) => services.links.confirm(id),
    'links.cancel': ({ id }) => services.links.cancel(id),
    'presence.get': () => ({ state: services.presence.state }),
    'presence.set': ({ state }) => ({ state: services.presence.set(state) }),
    'notifications.action': async ({ tag, action }) => {
      const callId = tag.startsWith('call:') ? tag.slice('call:'.length) : undefined;
      if (callId && action === 'answer') await calls.answer(callId);
      else if (callId && action === 'decline') await calls.reject(callId);
      return {};
    },
    'updates.status': () => services.desktop.updateStatus(),
    'updates.install': () => services.desktop.installUpdate(),
    'shortcuts.status': () => services.desktop.shortcutStatus(),
    'audioDevices.changed': async () => {
      await services.audioDevices.devicesChanged();
      return {};
    },
    'contactSources.list': () => contacts.listSources(),
    'contactSources.add': ({ name, config, secret }) => contacts.addSource(name, config, secret),
    'contactSources.update': ({ id, edit }) => contacts.updateSource(id, edit),
    'contactSources.delete': ({ id }) => contacts.deleteSource(id),
    'contactSources.refresh': ({ id }) => contacts.refreshSource(id),
    'contactSources.signIn': ({ id }) => contacts.signIn(id),
  };
}
