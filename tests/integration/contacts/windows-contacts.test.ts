import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WindowsContactsSource } from '../../../src/main/contacts/windows/windows-contacts-source';
import { requireLab } from '../../lab/secret-service';

const FIXTURES = join(__dirname, '../../fixtures/contacts/windows');

function generated(i: number): string {
  const n = String(i).padStart(4, '0');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<c:contact c:Version="1" xmlns:c="http://schemas.microsoft.com/Contact">',
    `<c:ContactIDCollection><c:ContactID><c:Value>00000000-0000-4000-8000-00000000${n}</c:Value></c:ContactID></c:ContactIDCollection>`,
    `<c:NameCollection><c:Name><c:GivenName>Jörg</c:GivenName><c:FamilyName>Nummer ${n}</c:FamilyName></c:Name></c:NameCollection>`,
    `<c:PhoneNumberCollection><c:PhoneNumber><c:Number>+49 40 9${n}00</c:Number><c:LabelCollection><c:Label>Voice</c:Label><c:Label>Business</c:Label></c:LabelCollection></c:PhoneNumber></c:PhoneNumberCollection>`,
    '</c:contact>',
  ].join('\r\n');
}

// The lab gives every run a throw-away HOME, so the default folder (~/Contacts) can be created here.
describe('Windows Contacts from the default folder', { timeout: 20_000 }, () => {
  requireLab();
  const folder = join(homedir(), 'Contacts');

  beforeAll(async () => {
    if (!process.env.SOFTPHONE_LAB) throw new Error('run inside tests/lab/with-lab.sh (throw-away HOME)');
    await rm(folder, { recursive: true, force: true });
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reports the missing folder clearly before the user has one', async () => {
    const source = new WindowsContactsSource();
    expect(source.folder).toBe(folder);
    const read = await source.read();
    expect(read.ok).toBe(false);
    expect(source.status().message).toMatch(
      /^Windows Contacts folder not found: .*Contacts — Windows Contacts exist only on Windows/,
    );
  });

  it('reads a copied Windows Contacts folder and ignores what is not a contact file', async () => {
    await cp(FIXTURES, folder, { recursive: true });
    // a named pipe called *.contact would block a plain read forever
    execFileSync('mkfifo', [join(folder, 'Pipe.contact')]);
    const source = new WindowsContactsSource();
    const read = await source.read();
    expect(read.ok).toBe(true);
    expect(read.contacts.map((c) => c.displayName).sort()).toEqual([
      'Anna Schmidt',
      'Björn Weiß',
      'Jürgen Müller',
      'Jürgen Müller',
      'Pförtnerloge',
    ]);
    expect(read.errors.map((e) => e.code).sort()).toEqual(['doctype', 'malformed', 'notContact']);
    const mueller = read.contacts.find((c) => c.id === '0f3c2a8e-5d1b-4c7e-8a9f-3b2d1e0c9a77');
    expect(mueller?.phones).toHaveLength(5);
  });

  it('reads two thousand contacts in groups quickly', async () => {
    await rm(folder, { recursive: true, force: true });
    for (let group = 0; group < 10; group++) {
      const dir = join(folder, `Gruppe ${group}`);
      await mkdir(dir, { recursive: true });
      for (let i = group * 200; i < (group + 1) * 200; i++) {
        await writeFile(join(dir, `Kontakt ${i}.contact`), generated(i));
      }
    }
    const started = performance.now();
    const read = await new WindowsContactsSource().read();
    const elapsed = performance.now() - started;
    console.info(`Windows Contacts: 2000 files read and mapped in ${elapsed.toFixed(0)} ms`);
    expect(read.contacts).toHaveLength(2000);
    expect(new Set(read.contacts.map((c) => c.id)).size).toBe(2000);
    expect(read.errors).toEqual([]);
    expect(elapsed).toBeLessThan(5_000);
  });
});
