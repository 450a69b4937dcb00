// The XML phonebook source against a real HTTPS server with Digest authentication, trusting the
// server's per-run certificate through the TLS settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XmlPhonebookSource } from '../../../src/main/contacts/xml/xml-phonebook-source';
import type { TlsSettings } from '../../../src/main/net/tls/tls-options';
import type { TestServer } from '../../lab/https-server';
import { startHttpsServer } from '../../lab/https-server';
import { requireLab } from '../../lab/secret-service';

requireLab();

const auth = { scheme: 'digest' as const, userName: 'phonebook', password: 'Pb-s3cret!' };

const yealink = (...entries: [string, string][]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<YealinkIPPhoneDirectory>${entries
    .map(
      ([name, number]) =>
        `<DirectoryEntry><Name>${name}</Name><Telephone>${number}</Telephone></DirectoryEntry>`,
    )
    .join('')}</YealinkIPPhoneDirectory>`;

let server: TestServer;
/** What the server answers for /phonebook.xml right now. */
let body = '';
const tls = (trustedPem?: string): TlsSettings => ({
  trustedPem,
  minVersion: 'TLSv1.2',
  strongCiphersOnly: true,
  verifyCertificate: true,
});

beforeAll(async () => {
  server = await startHttpsServer({
    routes: {
      // a getter: the server looks the route up per request, so each refresh sees the current body
      get ['/phonebook.xml']() {
        return { auth, body, contentType: 'text/xml; charset=utf-8' };
      },
    },
  });
});

afterAll(async () => {
  await server.stop();
});

describe('XmlPhonebookSource over HTTPS with Digest', () => {
  it('reads, refreshes a changed file and keeps the contacts when the file breaks', async () => {
    const source = new XmlPhonebookSource({
      id: 'pbx',
      location: `${server.url}/phonebook.xml`,
      auth: { type: 'digest', userName: auth.userName, password: auth.password },
      tls: tls(server.caCertPem),
      refreshIntervalMs: 0,
      hideWithoutPhone: true,
    });

    body = yealink(['Jürgen Weiß', '201'], ['Anna', '202']);
    expect(await source.refresh()).toMatchObject({
      state: 'ok',
      format: 'yealink-directory',
      contactCount: 2,
    });
    expect(source.search('weiss', 5).map((contact) => contact.displayName)).toEqual(['Jürgen Weiß']);
    expect(server.requests.some((request) => request.scheme === 'digest')).toBe(true);

    body = yealink(['Jürgen Weiß', '201'], ['Anna', '202'], ['Carl', '203']);
    expect(await source.refresh()).toMatchObject({ state: 'ok', contactCount: 3 });

    body =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><YealinkIPPhoneDirectory>&e;</YealinkIPPhoneDirectory>';
    const broken = await source.refresh();
    expect(broken).toMatchObject({ state: 'error', code: 'doctype', contactCount: 3 });
    expect(broken.message).toContain(`${server.url}/phonebook.xml`);
    expect(source.contacts().map((contact) => contact.displayName)).toEqual(['Jürgen Weiß', 'Anna', 'Carl']);
  });

  it('says when the password is wrong, without the password', async () => {
    const source = new XmlPhonebookSource({
      id: 'wrong',
      location: `${server.url}/phonebook.xml`,
      auth: { type: 'digest', userName: auth.userName, password: 'wrong-password' },
      tls: tls(server.caCertPem),
      refreshIntervalMs: 0,
    });
    const status = await source.refresh();
    expect(status).toMatchObject({ state: 'error', code: 'auth' });
    expect(status.message).toMatch(/phonebook server .* did not accept the user name or password/);
    expect(status.message).not.toContain('wrong-password');
  });

  it('does not trust the server without its certificate', async () => {
    const source = new XmlPhonebookSource({
      id: 'untrusted',
      location: `${server.url}/phonebook.xml`,
      tls: tls(),
      refreshIntervalMs: 0,
    });
    expect(await source.refresh()).toMatchObject({ state: 'error', code: 'certificate' });
  });
});
