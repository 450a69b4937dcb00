/** Provisioning contact sources and BLF keys: all or nothing with the rest of the file. */
import { describe, expect, it } from 'vitest';
import { accountSettingGroups } from '../../../../src/shared/settings/account-settings';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import { AccountService } from '../../../../src/main/accounts/account-service';
import { BlfKeys } from '../../../../src/main/blf/blf-keys';
import { contactSecretKey, ContactsService } from '../../../../src/main/contacts/contacts-service';
import { openDatabase } from '../../../../src/main/db/database';
import { silentLogger } from '../../../../src/main/log/logger';
import type { ProvisioningDocument } from '../../../../src/main/provisioning/provisioning-document';
import { ProvisioningService } from '../../../../src/main/provisioning/provisioning-service';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SecretStoreError } from '../../../../src/main/secrets/secret-store';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { SettingsService } from '../../../../src/main/settings/settings-service';

class FlakySecretStore extends MemorySecretStore {
  failOn: string | undefined;
  override set(key: string, value: string): Promise<void> {
    if (this.failOn && key.startsWith(this.failOn)) {
      return Promise.reject(new SecretStoreError('store', key, new Error('locked')));
    }
    return super.set(key, value);
  }
}

const ldap = {
  kind: 'ldap',
  host: 'ldap.example.com',
  security: 'ldaps',
  ignoreCertificate: false,
  bindDn: 'cn=phone',
  baseDn: 'dc=example,dc=com',
  resultLimit: 50,
  attributePreset: 'inetOrgPerson',
};

function document(): ProvisioningDocument {
  return {
    format: 'softphone-json',
    settings: {},
    secrets: {},
    accounts: [
      { key: 'a1', settings: { 'credentials.domain': 'pbx.example.com', 'credentials.userName': '201' } },
    ],
    contactSources: [
      { key: 'directory', name: 'Company directory', config: ldap, secret: 'bind-secret' },
      {
        key: 'phonebook',
        name: 'PBX phonebook',
        config: {
          kind: 'xml',
          location: 'https://pbx.example.com/pb.xml',
          auth: 'none',
          userName: '',
          refreshMinutes: 60,
        },
      },
    ],
    blfKeys: [{ label: 'Reception', target: '200', accountKey: 'a1' }],
    unknownKeys: [],
  };
}

function harness() {
  const db = openDatabase(':memory:');
  const secrets = new FlakySecretStore();
  const options = { onChange: () => undefined, onSecret: () => undefined };
  const settingCatalog = new SettingCatalog(globalSettingGroups);
  const accountCatalog = new SettingCatalog(accountSettingGroups);
  const settings = new SettingsService(db, settingCatalog, secrets, silentLogger, options);
  const accounts = new AccountService(db, accountCatalog, secrets, silentLogger, options);
  const contacts = new ContactsService({
    db,
    secrets,
    logger: silentLogger,
    defaultCountry: () => 'DE',
    factories: {},
    onContactsChanged: () => undefined,
    onSourcesChanged: () => undefined,
  });
  const blfEvents: number[] = [];
  const blf = new BlfKeys(
    db,
    (key) => (key ? accounts.idOfProvisionKey(key) : undefined) ?? accounts.list()[0]?.id,
    (keys) => blfEvents.push(keys.length),
  );
  let file = document();
  const provisioning = new ProvisioningService({
    db,
    settings,
    accounts,
    settingCatalog,
    accountCatalog,
    contacts,
    blf,
    logger: silentLogger,
    fetchFile: (request) =>
      Promise.resolve({ text: '', finalUrl: request.url, contentType: 'application/json' }),
    parseFile: () => structuredClone(file),
    reconcile: () => Promise.resolve(),
    onChange: () => undefined,
    onSecret: () => undefined,
  });
  settings.set('functions.provisioning.serverUrl', 'https://pbx.example.com/p.json');
  const sources = () =>
    contacts
      .listSources()
      .filter((s) => s.kind !== 'local')
      .map((s) => ({ name: s.name, kind: s.kind, provisioned: s.provisioned, enabled: s.enabled }));
  return {
    db,
    secrets,
    contacts,
    blf,
    blfEvents,
    provisioning,
    sources,
    setFile: (next: ProvisioningDocument) => (file = next),
  };
}

describe('provisioning contact sources and BLF keys', () => {
  it('creates locked sources with their secrets in the keychain, and BLF keys on the account', async () => {
    const h = harness();
    const status = await h.provisioning.run({});
    expect(status.last).toMatchObject({ ok: true, changes: { contactSources: 3, blfKeys: 1 } });
    expect(h.sources()).toEqual([
      { name: 'Company directory', kind: 'ldap', provisioned: true, enabled: true },
      { name: 'PBX phonebook', kind: 'xml', provisioned: true, enabled: true },
    ]);
    const directory = h.contacts.listSources().find((s) => s.kind === 'ldap')!;
    expect(await h.secrets.get(contactSecretKey(directory.id))).toBe('bind-secret');
    expect(JSON.stringify(h.db.prepare('SELECT * FROM contact_sources').all())).not.toContain('bind-secret');
    await expect(h.contacts.updateSource(directory.id, { name: 'Mine' })).rejects.toMatchObject({
      code: 'LOCKED',
    });
    const [key] = h.blf.list();
    expect(key).toMatchObject({ label: 'Reception', target: '200', provisioned: true });
    expect(key?.accountId).not.toBe('');
  });

  it('gives the same state when provisioned twice', async () => {
    const h = harness();
    await h.provisioning.run({});
    const before = { sources: h.contacts.listSources(), blf: h.blf.list() };
    const again = await h.provisioning.run({});
    expect(again.last).toMatchObject({ ok: true, changes: { contactSources: 0, blfKeys: 0 } });
    expect({ sources: h.contacts.listSources(), blf: h.blf.list() }).toEqual(before);
    expect(h.blfEvents).toEqual([1]);
  });

  it('removes a source the server no longer sends, with its password', async () => {
    const h = harness();
    await h.provisioning.run({});
    const directory = h.contacts.listSources().find((s) => s.kind === 'ldap')!;
    const next = document();
    next.contactSources = next.contactSources.filter((s) => s.key !== 'directory');
    next.blfKeys = [];
    h.setFile(next);
    await h.provisioning.run({});
    expect(h.sources().map((s) => s.name)).toEqual(['PBX phonebook']);
    expect(await h.secrets.get(contactSecretKey(directory.id))).toBeUndefined();
    expect(h.blf.list()).toEqual([]);
  });

  it('changes nothing when a source is invalid, naming it', async () => {
    const h = harness();
    await h.provisioning.run({});
    const before = h.sources();
    const next = document();
    next.contactSources[0] = { ...next.contactSources[0]!, config: { ...ldap, security: 'ssl' } };
    next.blfKeys = [];
    h.setFile(next);
    const status = await h.provisioning.run({});
    expect(status.last?.ok).toBe(false);
    expect(status.last?.message).toMatch(/contact source "directory": config.security/);
    expect(h.sources()).toEqual(before);
    expect(h.blf.list()).toHaveLength(1);
  });

  it('changes nothing when the keychain refuses a source password, and undoes the others', async () => {
    const h = harness();
    h.secrets.failOn = 'contactSource:';
    const status = await h.provisioning.run({});
    expect(status.last?.ok).toBe(false);
    expect(h.sources()).toEqual([]);
    expect(h.blf.list()).toEqual([]);
  });
});
