import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../../../../src/main/i18n/translator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  WindowsContactsSource,
  type WindowsContactsRead,
} from '../../../../../src/main/contacts/windows/windows-contacts-source';

const FIXTURES = join(__dirname, '../../../../fixtures/contacts/windows');

const contactXml = (name: string, number = '+49 30 1000'): string =>
  `<?xml version="1.0"?><c:contact xmlns:c="http://schemas.microsoft.com/Contact"><c:NameCollection><c:Name><c:FormattedName>${name}</c:FormattedName></c:Name></c:NameCollection><c:PhoneNumberCollection><c:PhoneNumber><c:Number>${number}</c:Number></c:PhoneNumber></c:PhoneNumberCollection></c:contact>`;

function names(read: WindowsContactsRead): string[] {
  return read.contacts.map((contact) => contact.displayName).sort();
}

describe('WindowsContactsSource', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'softphone-wincontacts-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the fixture folder with sub-folders, skipping bad files and reporting each', async () => {
    const source = new WindowsContactsSource({ folder: FIXTURES, now: () => 1_000 });
    const read = await source.read();
    expect(read.ok).toBe(true);
    expect(names(read)).toEqual([
      'Anna Schmidt',
      'Björn Weiß',
      'Jürgen Müller',
      'Jürgen Müller',
      'Pförtnerloge',
    ]);
    expect(read.errors.map((e) => [e.file, e.code]).sort()).toEqual([
      ['Entity.contact', 'doctype'],
      ['Kaputt.contact', 'malformed'],
      ['Vertrieb/Kein Kontakt.contact', 'notContact'],
    ]);
    for (const error of read.errors) expect(error.message).toContain(error.file);
    expect(source.status()).toMatchObject({
      state: 'ok',
      folder: FIXTURES,
      contactCount: 5,
      fileErrorCount: 3,
      lastAttemptAt: 1_000,
      lastSuccessAt: 1_000,
    });
  });

  it('takes ids from ContactID, and from the path for copies and files without one', async () => {
    const read = await new WindowsContactsSource({ folder: FIXTURES }).read();
    const ids = read.contacts.map((contact) => contact.id).sort();
    expect(ids).toEqual([
      '0f3c2a8e-5d1b-4c7e-8a9f-3b2d1e0c9a77',
      '5a1e2b3c-0000-4000-8000-00000000a001',
      '5a1e2b3c-0000-4000-8000-00000000b002',
      'file:Vertrieb/Jürgen Müller - Kopie.contact',
      'file:Vertrieb/Süd/Pforte.contact',
    ]);
  });

  it('says a missing folder exists only on Windows and what to do', async () => {
    const folder = join(dir, 'Contacts');
    const source = new WindowsContactsSource({ folder });
    const read = await source.read();
    expect(read).toMatchObject({ ok: false, contacts: [] });
    expect(source.status()).toMatchObject({
      state: 'error',
      code: 'notFound',
      message: `Windows Contacts folder not found: ${folder} — Windows Contacts exist only on Windows; choose the folder that holds your .contact files.`,
    });
    expect(read.errors).toEqual([{ file: '', code: 'notFound', message: source.status().message }]);
    const text = source.status().text;
    expect(text).toEqual({ key: 'windowsContacts.folderNotFound', params: { folder } });
    expect(translate('de', `codes.${text!.key}`, text!.params)).toBe(
      `Windows-Kontakte-Ordner nicht gefunden: ${folder} — Windows-Kontakte gibt es nur unter Windows; wählen Sie den Ordner, der Ihre .contact-Dateien enthält.`,
    );
  });

  it('refuses a file chosen as the folder', async () => {
    const file = join(dir, 'one.contact');
    await writeFile(file, contactXml('One'));
    const source = new WindowsContactsSource({ folder: file });
    expect((await source.read()).ok).toBe(false);
    expect(source.status()).toMatchObject({
      state: 'error',
      code: 'notFolder',
      message: `${file} is a file, not a folder. Choose the folder that holds your .contact files.`,
      text: { key: 'windowsContacts.notFolder', params: { folder: file } },
    });
  });

  it('keeps the last good contacts when the folder disappears, and recovers', async () => {
    const folder = join(dir, 'Contacts');
    await mkdir(folder);
    await writeFile(join(folder, 'a.contact'), contactXml('Alpha'));
    const source = new WindowsContactsSource({ folder });
    expect(names(await source.read())).toEqual(['Alpha']);
    await rm(folder, { recursive: true });
    const failed = await source.read();
    expect(failed.ok).toBe(false);
    expect(names(failed)).toEqual(['Alpha']);
    expect(source.status()).toMatchObject({
      state: 'error',
      contactCount: 1,
      lastSuccessAt: expect.any(Number) as number,
    });
    await mkdir(folder);
    await writeFile(join(folder, 'b.contact'), contactXml('Beta'));
    expect(names(await source.read())).toEqual(['Beta']);
    expect(source.status()).toMatchObject({ state: 'ok', contactCount: 1 });
  });

  it('skips files over the size limit and stops at the count limit, saying so', async () => {
    await writeFile(join(dir, 'big.contact'), contactXml(`Big ${'x'.repeat(5_000)}`));
    for (let i = 0; i < 5; i++) await writeFile(join(dir, `p${i}.contact`), contactXml(`P${i}`));
    const read = await new WindowsContactsSource({ folder: dir, maxFileBytes: 2_000, maxFiles: 4 }).read();
    expect(read.ok).toBe(true);
    // sorted by name: big, p0, p1, p2 are the first four
    expect(names(read)).toEqual(['P0', 'P1', 'P2']);
    expect(read.errors.map((e) => e.code)).toEqual(['tooMany', 'tooLarge']);
    expect(read.errors[0]?.message).toMatch(/more than 4 contact files/);
    expect(read.errors[1]).toMatchObject({
      file: 'big.contact',
      message: expect.stringMatching(/larger than 2000 bytes/) as string,
    });
  });

  it('reads only *.contact files, stops at the depth limit and does not follow links', async () => {
    await writeFile(join(dir, 'a.CONTACT'), contactXml('Upper case extension'));
    await writeFile(join(dir, 'a.vcf'), 'BEGIN:VCARD');
    await mkdir(join(dir, 'l1', 'l2', 'l3'), { recursive: true });
    await writeFile(join(dir, 'l1', 'one.contact'), contactXml('Level one'));
    await writeFile(join(dir, 'l1', 'l2', 'l3', 'three.contact'), contactXml('Level three'));
    await symlink(dir, join(dir, 'l1', 'loop'));
    const read = await new WindowsContactsSource({ folder: dir, maxDepth: 2 }).read();
    expect(names(read)).toEqual(['Level one', 'Upper case extension']);
    expect(read.errors).toEqual([]);
  });

  it('leaves out contacts with nothing to show and joins a read already under way', async () => {
    await writeFile(join(dir, 'empty.contact'), '<contact xmlns="http://schemas.microsoft.com/Contact"/>');
    await cp(join(FIXTURES, 'Anna Schmidt.contact'), join(dir, 'anna.contact'));
    const source = new WindowsContactsSource({ folder: dir });
    const [first, second] = await Promise.all([source.read(), source.read()]);
    expect(names(first)).toEqual(['Anna Schmidt']);
    expect(second).toBe(first);
  });

  it('defaults to the Contacts folder in the home directory', () => {
    expect(new WindowsContactsSource().folder).toMatch(/[/\\]Contacts$/);
    expect(new WindowsContactsSource({ folder: '  ' }).folder).toMatch(/[/\\]Contacts$/);
  });
});
