import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../../src/shared/contract';
import { translate } from '../../../../src/main/i18n/translator';
import type { Contact } from '../../../../src/main/contacts/contact';
import { emptyContactFields } from '../../../../src/main/contacts/contact';
import type { RuntimeFactory } from '../../../../src/main/contacts/sources/source-runtime';
import { contactSecretKey, ContactsService } from '../../../../src/main/contacts/contacts-service';
import { windowsRuntime, xmlRuntime } from '../../../../src/main/contacts/sources/runtimes';
import { cloudFactories } from '../../../../src/main/contacts/sources/cloud-runtime';
import type { SourceRuntime } from '../../../../src/main/contacts/sources/source-runtime';
import { openDatabase } from '../../../../src/main/db/database';
import { silentLogger } from '../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { makeTempDir } from '../../../support/temp-dir';

const tls = { minVersion: 'TLSv1.2' as const, strongCiphersOnly: true, verifyCertificate: true };

/**
 * A live directory with fixed entries, standing in for LDAP where the service's merging is tested.
 * `truncated`: it answers as a directory that stopped at its result limit.
 */
function liveDirectory(entries: Contact[], fail = false, truncated = false): RuntimeFactory {
  return (record) => {
    const runtime: SourceRuntime = {
      status: () =>
        fail ? { state: 'error', message: 'directory down: check the server' } : { state: 'ok' },
      refresh: () => Promise.resolve(),
      search: (query) =>
        Promise.resolve({
          contacts: entries
            .filter((e) => e.lastName.toLowerCase().startsWith(query.toLowerCase()))
            .map((e) => ({ ...e, sourceId: record.id })),
          truncated,
        }),
      lookupNumber: (key) => {
        const hit = entries.find((e) => e.phones.some((p) => p.number.replace(/\s/g, '') === key));
        return Promise.resolve(hit ? { ...hit, sourceId: record.id } : undefined);
      },
      stop: () => undefined,
    };
    return runtime;
  };
}

function setup(factories: ConstructorParameters<typeof ContactsService>[0]['factories'] = {}) {
  const db = openDatabase(':memory:');
  const secrets = new MemorySecretStore();
  const changed: string[] = [];
  const sourceEvents: number[] = [];
  const service = new ContactsService({
    db,
    secrets,
    logger: silentLogger,
    defaultCountry: () => 'DE',
    factories,
    onContactsChanged: (id) => changed.push(id),
    onSourcesChanged: (list) => sourceEvents.push(list.length),
  });
  return { db, secrets, service, changed, sourceEvents };
}

const ldapConfig = {
  kind: 'ldap' as const,
  host: '127.0.0.1',
  security: 'none' as const,
  ignoreCertificate: false,
  bindDn: '',
  baseDn: 'dc=example,dc=com',
  resultLimit: 50,
  attributePreset: 'inetOrgPerson' as const,
};

function person(lastName: string, number: string): Contact {
  return {
    ...emptyContactFields(),
    id: lastName,
    sourceId: '',
    lastName,
    displayName: lastName,
    phones: [{ type: 'work', number }],
  };
}

describe('ContactsService', () => {
  it('adds, edits and deletes local contacts and names the field of a refusal', () => {
    const { service, changed } = setup();
    const added = service.add({
      ...emptyContactFields(),
      lastName: 'Müller',
      phones: [{ type: 'work', number: '201' }],
    });
    expect(added).toMatchObject({
      displayName: 'Müller',
      sourceName: 'Local',
      editable: true,
      sourceKind: 'local',
    });
    expect(
      service.edit(added.id, {
        ...emptyContactFields(),
        company: 'ACME',
        phones: [{ type: 'mobile', number: '202' }],
      }).displayName,
    ).toBe('ACME');
    let refusal: unknown;
    try {
      service.add({ ...emptyContactFields(), lastName: 'No number', phones: [] });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ContractError);
    expect((refusal as ContractError).field).toBe('phones');
    expect(service.delete(added.id)).toEqual({ deleted: true });
    expect(service.delete(added.id)).toEqual({ deleted: false });
    expect(changed).toEqual(['local', 'local', 'local']);
  });

  it('merges local hits and live directory hits, each with its source, and lists failing sources', async () => {
    const { service } = setup({ ldap: liveDirectory([person('Müller-Live', '+49 30 555')]) });
    service.add({ ...emptyContactFields(), lastName: 'Müller', phones: [{ type: 'work', number: '201' }] });
    const source = await service.addSource('Company directory', ldapConfig);
    const result = await service.searchAll('mül');
    expect(result.hits.map((h) => [h.contact.lastName, h.contact.sourceName])).toEqual([
      ['Müller', 'Local'],
      ['Müller-Live', 'Company directory'],
    ]);
    expect(result.hits[1]?.contact.sourceId).toBe(source.id);
    expect(result.failures).toEqual([]);
    expect(result.truncated).toBe(false);

    const failing = setup({ ldap: liveDirectory([], true) });
    await failing.service.addSource('Broken', ldapConfig);
    const answer = await failing.service.searchAll('x');
    expect(answer.failures).toEqual([
      expect.objectContaining({ sourceName: 'Broken', message: 'directory down: check the server' }),
    ]);
  });

  it('says the result is truncated when a directory stopped at its limit', async () => {
    const { service } = setup({ ldap: liveDirectory([person('Müller-Live', '+49 30 555')], false, true) });
    service.add({ ...emptyContactFields(), lastName: 'Müller', phones: [{ type: 'work', number: '201' }] });
    await service.addSource('Company directory', ldapConfig);
    const result = await service.searchAll('mül');
    expect(result.hits.map((h) => h.contact.lastName)).toEqual(['Müller', 'Müller-Live']);
    expect(result.truncated).toBe(true);
  });

  it('says the result is truncated when the merge drops hits beyond the limit', async () => {
    const { service } = setup({ ldap: liveDirectory([person('Müller-Live', '+49 30 555')]) });
    service.add({ ...emptyContactFields(), lastName: 'Müller', phones: [{ type: 'work', number: '201' }] });
    await service.addSource('Company directory', ldapConfig);
    expect((await service.searchAll('mül', 2)).truncated).toBe(false);
    const cut = await service.searchAll('mül', 1);
    expect(cut.hits.map((h) => h.contact.lastName)).toEqual(['Müller']);
    expect(cut.truncated).toBe(true);
  });

  it('caller ID: local at once, a live directory later', async () => {
    const { service } = setup({ ldap: liveDirectory([person('Directory Person', '+4930555')]) });
    service.add({
      ...emptyContactFields(),
      lastName: 'Local Person',
      phones: [{ type: 'work', number: '030 1234' }],
    });
    await service.addSource('Company directory', ldapConfig);
    expect(service.callerIdNow('+49301234')?.name).toBe('Local Person');
    expect(service.callerIdNow('+4930555')).toBeUndefined();
    expect((await service.callerIdLater('030 555'))?.name).toBe('Directory Person');
    expect(await service.callerIdLater('999')).toBeUndefined();
  });

  it('keeps source secrets in the keychain only, and deletes them with the source', async () => {
    const { service, secrets, db } = setup({ ldap: liveDirectory([]) });
    const source = await service.addSource('Directory', ldapConfig, 'bind-pa55');
    expect(await secrets.get(contactSecretKey(source.id))).toBe('bind-pa55');
    await service.loadSecretState();
    expect(service.getSource(source.id).hasSecret).toBe(true);
    const dump = JSON.stringify(db.prepare('SELECT * FROM contact_sources').all());
    expect(dump).not.toContain('bind-pa55');
    expect(JSON.stringify(service.listSources())).not.toContain('bind-pa55');
    await service.deleteSource(source.id);
    expect(await secrets.get(contactSecretKey(source.id))).toBeUndefined();
    expect(service.listSources().map((s) => s.id)).toEqual(['local']);
  });

  it('refuses to delete the local address book and to edit a provisioned source', async () => {
    const { service } = setup({ ldap: liveDirectory([]) });
    await expect(service.deleteSource('local')).rejects.toThrow(/cannot be deleted/);
    const source = await service.addSource('From the PBX', ldapConfig, undefined, 'pbx-directory');
    await expect(service.updateSource(source.id, { name: 'Mine' })).rejects.toMatchObject({ code: 'LOCKED' });
    expect((await service.updateSource(source.id, { enabled: false })).enabled).toBe(false);
    await expect(service.deleteSource(source.id)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('refuses source requests with catalogue codes, the English sentence as message', async () => {
    const { service } = setup({ ldap: liveDirectory([]) });
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => expect.fail('not refused'),
        (error: unknown) => (error as ContractError).toData(),
      );
    expect(await refusal(service.deleteSource('local'))).toEqual({
      code: 'VALIDATION',
      message: 'The local address book cannot be deleted.',
      field: 'id',
      text: { key: 'contactSources.localNotDeletable', params: {} },
    });
    expect(await refusal(service.addSource('Mine', { kind: 'local' } as never))).toMatchObject({
      message: 'There is only one local address book.',
      text: { key: 'contactSources.onlyOneLocal' },
    });
    expect(await refusal(service.refreshSource('nope'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no contact source "nope".',
      text: { key: 'contactSources.notFound', params: { id: 'nope' } },
    });
    const provisioned = await service.addSource('From the PBX', ldapConfig, undefined, 'pbx-directory');
    expect(await refusal(service.updateSource(provisioned.id, { name: 'Mine' }))).toMatchObject({
      code: 'LOCKED',
      message: '"From the PBX" is set by your provisioning server; ask your administrator to change it.',
      text: { key: 'contactSources.lockedChange', params: { name: 'From the PBX' } },
    });
    expect(await refusal(service.deleteSource(provisioned.id))).toMatchObject({
      text: { key: 'contactSources.lockedRemove', params: { name: 'From the PBX' } },
    });
    const own = await service.addSource('Directory', ldapConfig);
    expect(await refusal(service.updateSource(own.id, { config: { kind: 'xml' } as never }))).toMatchObject({
      text: { key: 'contactSources.kindFixed' },
      field: 'config.kind',
    });
    expect(await refusal(service.signIn(own.id))).toMatchObject({
      message: '"Directory" does not use a browser sign-in.',
      text: { key: 'contactSources.noBrowserSignIn', params: { name: 'Directory' } },
    });
    await service.updateSource(own.id, { enabled: false });
    expect(await refusal(service.refreshSource(own.id))).toMatchObject({
      code: 'UNAVAILABLE',
      message: '"Directory" is switched off; switch it on first.',
      text: { key: 'contactSources.switchedOff', params: { name: 'Directory' } },
    });
    expect(translate('de', 'codes.contactSources.switchedOff', { name: 'Directory' })).toBe(
      '„Directory“ ist ausgeschaltet; schalten Sie die Quelle zuerst ein.',
    );
  });

  it('says by code when an enabled source kind cannot run in this build', async () => {
    const { service } = setup({});
    const source = await service.addSource('Directory', ldapConfig);
    expect(service.getSource(source.id).status).toEqual({
      state: 'error',
      message: 'ldap sources are not available in this version.',
      text: { key: 'contactSources.kindUnavailable', params: { kind: 'ldap' } },
    });
  });

  it('reads an XML phonebook into the copy, keeps it when the file breaks, and drops it when switched off', async () => {
    const { dir } = makeTempDir();
    const file = join(dir, 'phonebook.xml');
    writeFileSync(
      file,
      '<YealinkIPPhoneDirectory><DirectoryEntry><Name>Jürgen Weiß</Name><Telephone>+49 89 4711</Telephone></DirectoryEntry></YealinkIPPhoneDirectory>',
    );
    const env = {
      tls: () => Promise.resolve(tls),
      allowInsecureHttp: () => false,
      defaultCountry: () => 'DE',
    };
    const { service, changed } = setup({ xml: xmlRuntime(env) });
    const source = await service.addSource('PBX phonebook', {
      kind: 'xml',
      location: file,
      auth: 'none',
      userName: '',
      refreshMinutes: 0,
    });
    await service.refreshSource(source.id);
    expect(service.callerIdNow('089 4711')).toMatchObject({
      name: 'Jürgen Weiß',
      sourceName: 'PBX phonebook',
    });
    expect(changed).toContain(source.id);

    writeFileSync(file, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    const after = await service.refreshSource(source.id);
    expect(after.status.state).toBe('error');
    expect(after.status.message).toBeTruthy();
    expect(service.callerIdNow('089 4711')?.name).toBe('Jürgen Weiß');

    await service.updateSource(source.id, { enabled: false });
    expect(service.callerIdNow('089 4711')).toBeUndefined();
    expect(service.getSource(source.id).status.state).toBe('disabled');
  });

  it('shows why a Windows Contacts folder or an XML file cannot be read as a code in the source status', async () => {
    const { dir } = makeTempDir();
    const env = {
      tls: () => Promise.resolve(tls),
      allowInsecureHttp: () => false,
      defaultCountry: () => 'DE',
    };
    const { service } = setup({ windows: windowsRuntime(), xml: xmlRuntime(env) });
    const folder = join(dir, 'Contacts');
    const windows = await service.addSource('Windows', { kind: 'windows', folder });
    expect((await service.refreshSource(windows.id)).status).toMatchObject({
      state: 'error',
      message: `Windows Contacts folder not found: ${folder} — Windows Contacts exist only on Windows; choose the folder that holds your .contact files.`,
      text: { key: 'windowsContacts.folderNotFound', params: { folder } },
    });
    const file = join(dir, 'missing.xml');
    const xml = await service.addSource('Phonebook', {
      kind: 'xml',
      location: file,
      auth: 'none',
      userName: '',
      refreshMinutes: 0,
    });
    expect((await service.refreshSource(xml.id)).status).toMatchObject({
      state: 'error',
      text: { key: 'xmlPhonebook.fileNotFound', params: { path: file } },
    });
  });

  it('asks for the cloud sign-in, and says why it failed, as codes in the source status', async () => {
    const secrets = new MemorySecretStore();
    const clientIds = () => ({ googleClientId: '', googleClientSecret: '', outlookClientId: '' });
    const { service } = setup(cloudFactories({ secrets, clientIds }));
    const source = await service.addSource('Google', { kind: 'google', refreshMinutes: 0 });
    expect((await service.refreshSource(source.id)).status).toMatchObject({
      state: 'signedOut',
      message: 'Sign in to Google Contacts to read your contacts.',
      text: { key: 'cloud.signInNeeded', params: { service: 'Google Contacts' } },
    });
    await expect(service.signIn(source.id)).rejects.toMatchObject({ code: 'config' });
    expect(service.getSource(source.id).status).toMatchObject({
      state: 'signedOut',
      message: expect.stringContaining('has no OAuth client id') as string,
      text: { key: 'cloud.noClientId', params: { service: 'Google Contacts' } },
    });
  });

  it('pages the list in name order across sources', () => {
    const { service } = setup();
    for (const name of ['Zeta', 'alpha', 'Mü']) {
      service.add({ ...emptyContactFields(), lastName: name, phones: [{ type: 'work', number: '1' }] });
    }
    const page = service.page(1, 2);
    expect(page.total).toBe(3);
    expect(page.contacts.map((c) => c.lastName)).toEqual(['Mü', 'Zeta']);
  });
});
