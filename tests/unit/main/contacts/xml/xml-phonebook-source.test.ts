import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { XmlPhonebookSourceOptions } from '../../../../../src/main/contacts/xml/xml-phonebook-source';
import { XmlPhonebookSource } from '../../../../../src/main/contacts/xml/xml-phonebook-source';
import { HttpsFetchError } from '../../../../../src/main/net/https/https-fetch-error';
import { translate } from '../../../../../src/main/i18n/translator';

const tls = { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true } as const;

const book = (entries: string): string => `<CiscoIPPhoneDirectory>${entries}</CiscoIPPhoneDirectory>`;
const entry = (name: string, number?: string): string =>
  `<DirectoryEntry><Name>${name}</Name>${number ? `<Telephone>${number}</Telephone>` : ''}</DirectoryEntry>`;

function fileSource(files: string[], options: Partial<XmlPhonebookSourceOptions> = {}): XmlPhonebookSource {
  let read = 0;
  return new XmlPhonebookSource({
    id: 'office',
    location: '/data/phonebook.xml',
    tls,
    refreshIntervalMs: 0,
    readFile: () => Promise.resolve(Buffer.from(files[Math.min(read++, files.length - 1)] ?? '', 'utf8')),
    ...options,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('XmlPhonebookSource', () => {
  it('reads a local file into contacts with stable ids and sourceId', async () => {
    const source = fileSource([book(entry('Müller, Jörg', '+49 30 1234-567') + entry('Anna', '201'))]);
    const status = await source.refresh();
    expect(status).toMatchObject({ state: 'ok', format: 'cisco', contactCount: 2 });
    const ids = source.contacts().map((contact) => contact.id);
    expect(source.contacts()[0]).toMatchObject({ sourceId: 'xml:office', displayName: 'Müller, Jörg' });
    await source.refresh();
    expect(source.contacts().map((contact) => contact.id)).toEqual(ids);
  });

  it('applies the manual filters "Hide contacts without name/phone"', async () => {
    const xml = book(entry('Only Name') + entry('', '209') + entry('Both', '210'));
    const all = fileSource([xml]);
    await all.refresh();
    expect(all.contacts()).toHaveLength(3);
    const filtered = fileSource([xml], { hideWithoutName: true, hideWithoutPhone: true });
    await filtered.refresh();
    expect(filtered.contacts().map((contact) => contact.displayName)).toEqual(['Both']);
  });

  it('keeps the last good contacts when a read fails, and reports why', async () => {
    const source = fileSource([book(entry('Anna', '201')), '<CiscoIPPhoneDirectory><broken>']);
    await source.refresh();
    const status = await source.refresh();
    expect(status).toMatchObject({ state: 'error', code: 'malformed', contactCount: 1, format: 'cisco' });
    expect(status.message).toMatch(/phonebook file \/data\/phonebook\.xml is not valid XML/);
    expect(status.lastSuccessAt).toBeDefined();
    expect(source.contacts()[0]?.displayName).toBe('Anna');
  });

  it('reports a missing local file', async () => {
    const source = new XmlPhonebookSource({
      id: 'x',
      location: '/nonexistent/book.xml',
      tls,
      refreshIntervalMs: 0,
    });
    const status = await source.refresh();
    expect(status).toMatchObject({ state: 'error', code: 'notFound' });
    expect(status.text).toEqual({
      key: 'xmlPhonebook.fileNotFound',
      params: { path: '/nonexistent/book.xml' },
    });
    expect(status.message).toBe(
      'The phonebook file /nonexistent/book.xml does not exist. Check the path under the XML contact service.',
    );
    expect(translate('de', `codes.${status.text!.key}`, status.text!.params)).toBe(
      'Die Telefonbuchdatei /nonexistent/book.xml existiert nicht. Prüfen Sie den Pfad beim XML-Kontaktdienst.',
    );
  });

  it('reports a local path that cannot be read with its error code', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'phonebook-'));
    const source = new XmlPhonebookSource({ id: 'd', location: folder, tls, refreshIntervalMs: 0 });
    const status = await source.refresh();
    rmSync(folder, { recursive: true });
    expect(status).toMatchObject({ state: 'error', code: 'unreadable' });
    expect(status.text).toEqual({
      key: 'xmlPhonebook.fileUnreadable',
      params: { path: folder, code: 'EISDIR' },
    });
    expect(status.message).toBe(
      `The phonebook file ${folder} could not be read (EISDIR). Check that the softphone may read it.`,
    );
  });

  it('reports a failed injected read with its detail', async () => {
    const source = fileSource([], {
      location: '/data/book.xml',
      readFile: () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    });
    const status = await source.refresh();
    expect(status).toMatchObject({ state: 'error', code: 'unreadable' });
    expect(status.text).toEqual({ key: 'xmlPhonebook.unreadable', params: { detail: 'denied' } });
    expect(status.message).toBe('The phonebook could not be read: denied.');
  });

  it('searches names without case and accents, numbers by digits', async () => {
    const source = fileSource([book(entry('Jörg Müller', '+49 30 1234-567') + entry('Anna Schmidt', '201'))]);
    await source.refresh();
    const names = (query: string): string[] => source.search(query, 10).map((contact) => contact.displayName);
    expect(names('muller')).toEqual(['Jörg Müller']);
    expect(names('JÖRG')).toEqual(['Jörg Müller']);
    expect(names('301234')).toEqual(['Jörg Müller']);
    expect(names('30 1234')).toEqual(['Jörg Müller']);
    expect(names('20')).toEqual(['Anna Schmidt']);
    expect(names('nobody')).toEqual([]);
    expect(source.search('', 1)).toHaveLength(1);
  });

  it('fetches a URL with the configured credentials and words fetch errors for the phonebook', async () => {
    const fetchFile = vi
      .fn()
      .mockResolvedValueOnce({
        text: book(entry('Anna', '201')),
        finalUrl: 'https://pbx/book.xml',
        contentType: 'text/xml',
      })
      .mockRejectedValueOnce(
        new HttpsFetchError(
          'auth',
          (w) =>
            `The ${w.server} https://pbx/book.xml did not accept the user name or password. Check them and try again.`,
        ),
      );
    const source = new XmlPhonebookSource({
      id: 'pbx',
      location: 'https://pbx/book.xml',
      auth: { type: 'digest', userName: 'alice', password: 's3cret' },
      tls,
      refreshIntervalMs: 0,
      fetchFile,
    });
    expect(await source.refresh()).toMatchObject({ state: 'ok', contactCount: 1 });
    expect(fetchFile).toHaveBeenCalledWith(
      expect.objectContaining({ userName: 'alice', password: 's3cret', tls }),
    );
    const failed = await source.refresh();
    expect(failed).toMatchObject({ state: 'error', code: 'auth', contactCount: 1 });
    expect(failed.message).toBe(
      'The phonebook server https://pbx/book.xml did not accept the user name or password. Check them and try again.',
    );
    expect(failed.text).toEqual({
      key: 'xmlPhonebook.fetchAuth',
      params: { server: 'https://pbx/book.xml' },
    });
    expect(translate('de', `codes.${failed.text!.key}`, failed.text!.params)).toBe(
      'Der Telefonbuchserver https://pbx/book.xml hat die Anmeldung nicht akzeptiert. Prüfen Sie Benutzername und Passwort und versuchen Sie es erneut.',
    );
  });

  it('refuses plain http unless allowed', async () => {
    const fetchFile = vi.fn();
    const source = new XmlPhonebookSource({
      id: 'p',
      location: 'http://pbx/book.xml',
      tls,
      fetchFile,
      refreshIntervalMs: 0,
    });
    expect(await source.refresh()).toMatchObject({ state: 'error', code: 'insecure' });
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('sends a refused read as a catalogue code with its parameters, the English sentence as message', async () => {
    const source = new XmlPhonebookSource({
      id: 'p',
      location: 'http://pbx/book.xml',
      tls,
      refreshIntervalMs: 0,
    });
    const status = await source.refresh();
    expect(status.text).toEqual({
      key: 'xmlPhonebook.insecureAddress',
      params: { server: 'http://pbx/book.xml' },
    });
    expect(status.message).toBe(
      'The phonebook address http://pbx/book.xml is not encrypted (http). Use an https:// address, or, only if your administrator asks for it, allow unencrypted HTTP for this phonebook.',
    );
    expect(translate('de', `codes.${status.text!.key}`, status.text!.params)).toMatch(
      /^Die Telefonbuchadresse http:\/\/pbx\/book.xml ist nicht verschlüsselt/,
    );
  });

  it('sends content failures as codes naming the file or address, whose English is the message', async () => {
    const cases: [string, string, Record<string, string | number>][] = [
      ['<Unknown/>', 'xmlPhonebook.unknownRoot', { root: 'Unknown' }],
      ['<PhoneBook format="other"/>', 'xmlPhonebook.unknownFormat', { root: 'PhoneBook', format: 'other' }],
      ['<PhoneBook format="softphone" version="9"/>', 'xmlPhonebook.unsupportedVersion', { version: '9' }],
      ['<!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>', 'xmlPhonebook.doctype', {}],
      [
        '<?xml version="1.0" encoding="x-nonsense"?><a/>',
        'xmlPhonebook.unknownEncoding',
        { encoding: 'x-nonsense' },
      ],
    ];
    for (const [xml, key, params] of cases) {
      const status = await fileSource([xml]).refresh();
      expect(status.text, key).toMatchObject({
        key,
        params: { subject: 'subjectFile', location: '/data/phonebook.xml', ...params },
      });
      expect(translate('en', `codes.${status.text!.key}`, status.text!.params)).toBe(status.message);
    }
    const large = await fileSource([book(entry('Anna', '201'))], { maxBytes: 20 }).refresh();
    expect(large.text).toMatchObject({ key: 'xmlPhonebook.tooManyCharacters', params: { max: 20 } });
    expect(translate('en', `codes.${large.text!.key}`, large.text!.params)).toBe(large.message);
    const german = (await fileSource(['<Unknown/>']).refresh()).text!;
    expect(translate('de', `codes.${german.key}`, german.params)).toMatch(
      /^Die Telefonbuchdatei \/data\/phonebook\.xml hat das Wurzelelement <Unknown>, das kein/,
    );
    const fetched = new XmlPhonebookSource({
      id: 'u',
      location: 'https://pbx/book.xml',
      tls,
      refreshIntervalMs: 0,
      fetchFile: () =>
        Promise.resolve({ text: '<Unknown/>', finalUrl: 'https://pbx/b2.xml', contentType: 'text/xml' }),
    });
    const remote = await fetched.refresh();
    expect(remote.text?.params).toMatchObject({ subject: 'subjectUrl', location: 'https://pbx/b2.xml' });
    expect(translate('en', `codes.${remote.text!.key}`, remote.text!.params)).toBe(remote.message);
    expect(translate('de', `codes.${remote.text!.key}`, remote.text!.params)).toMatch(
      /^Das Telefonbuch unter https:\/\/pbx\/b2\.xml hat/,
    );
  });

  it('sends bad XML as a code with the line and column, the parser’s own description as a parameter', async () => {
    const status = await fileSource(['<CiscoIPPhoneDirectory><broken>']).refresh();
    expect(status).toMatchObject({ state: 'error', code: 'malformed' });
    expect(status.text).toMatchObject({
      key: 'xmlPhonebook.malformedAt',
      params: { subject: 'subjectFile', location: '/data/phonebook.xml', line: 1 },
    });
    expect(translate('en', `codes.${status.text!.key}`, status.text!.params)).toBe(status.message);
    expect(translate('de', `codes.${status.text!.key}`, status.text!.params)).toMatch(
      /^Die Telefonbuchdatei \/data\/phonebook\.xml ist kein gültiges XML: .* \(Zeile 1, Spalte \d+\)/,
    );
  });

  it('sends elements nested too deep as a code with the limit', async () => {
    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    const status = await fileSource([deep]).refresh();
    expect(status.text?.key).toBe('xmlPhonebook.tooDeep');
    expect(translate('en', `codes.${status.text!.key}`, status.text!.params)).toBe(status.message);
  });

  it('refreshes on its interval until stopped, joining a read under way', async () => {
    vi.useFakeTimers();
    const readFile = vi.fn(() => Promise.resolve(Buffer.from(book(entry('Anna', '201')))));
    const source = new XmlPhonebookSource({
      id: 'o',
      location: '/b.xml',
      tls,
      refreshIntervalMs: 60_000,
      readFile,
    });
    await Promise.all([source.start(), source.refresh()]);
    expect(readFile).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(readFile).toHaveBeenCalledTimes(2);
    source.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(readFile).toHaveBeenCalledTimes(2);
  });
});
