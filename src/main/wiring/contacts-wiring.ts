import { ContactsService } from '../contacts/contacts-service';
import { cloudFactories } from '../contacts/sources/cloud-runtime';
import { ldapRuntime, windowsRuntime, xmlRuntime } from '../contacts/sources/runtimes';
import type { Database } from '../db/database';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../log/logger';
import { globalTlsSettings } from '../net/tls/global-tls-settings';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsService } from '../settings/settings-service';

export interface ContactsWiring {
  db: Database;
  secrets: SecretStore;
  settings: SettingsService;
  events: EventBus;
  logger: Logger;
  /** The country national numbers belong to (DefaultCountry.get). */
  defaultCountry: () => string;
  onSecret: (value: string) => void;
  /** Opens the cloud sign-in page in the system browser. */
  openExternal?: (url: string) => Promise<void>;
}

/** The contacts: every kind of source with what it reads of the settings; changes become events. */
export async function createContacts(wiring: ContactsWiring): Promise<ContactsService> {
  const { settings, events, defaultCountry, onSecret } = wiring;
  const runtimeEnvironment = {
    tls: () => globalTlsSettings((key) => settings.get(key)),
    allowInsecureHttp: () => settings.get('functions.provisioning.allowInsecureHttp') === true,
    defaultCountry,
  };
  const contacts = new ContactsService({
    db: wiring.db,
    secrets: wiring.secrets,
    logger: wiring.logger,
    defaultCountry,
    factories: {
      ldap: ldapRuntime(runtimeEnvironment),
      xml: xmlRuntime(runtimeEnvironment),
      windows: windowsRuntime(),
      ...cloudFactories({
        secrets: wiring.secrets,
        onSecret,
        clientIds: () => ({
          googleClientId: String(settings.get('contacts.cloud.googleClientId') ?? ''),
          googleClientSecret: String(settings.get('contacts.cloud.googleClientSecret') ?? ''),
          outlookClientId: String(settings.get('contacts.cloud.outlookClientId') ?? ''),
        }),
        ...(wiring.openExternal ? { openExternal: wiring.openExternal } : {}),
      }),
    },
    onContactsChanged: (sourceId) => events.emit('contacts.changed', { sourceId }),
    onSourcesChanged: (sources) => events.emit('contactSources.changed', { sources }),
    onSecret,
  });
  await contacts.loadSecretState();
  return contacts;
}
