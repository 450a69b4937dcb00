// A Google contact source as the app runs it: ContactsService + cloud runtime + SQLite copy, against
// the lab's fake Google (sign-in in the "browser", incremental sync, caller ID, revoke on delete).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactSourceView } from '../../../src/shared/contract';
import { ContactsService } from '../../../src/main/contacts/contacts-service';
import { refreshTokenSecretKey } from '../../../src/main/contacts/oauth/oauth-provider';
import { cloudFactories } from '../../../src/main/contacts/sources/cloud-runtime';
import { openDatabase } from '../../../src/main/db/database';
import { silentLogger } from '../../../src/main/log/logger';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import type { FakeGoogle } from '../../lab/cloud/fake-google-api';
import {
  GOOGLE_FAKE_CLIENT_ID,
  GOOGLE_FAKE_CLIENT_SECRET,
  startFakeGoogle,
} from '../../lab/cloud/fake-google-api';
import { consentInBrowser } from '../../lab/cloud/consenting-browser';
import { requireLab } from '../../lab/secret-service';

requireLab();

let google: FakeGoogle;
beforeAll(async () => {
  google = await startFakeGoogle();
});
afterAll(async () => {
  await google.stop();
});

const person = (given: string, family: string, phone: string) => ({
  names: [
    { metadata: { primary: true }, displayName: `${given} ${family}`, givenName: given, familyName: family },
  ],
  phoneNumbers: [{ value: phone, type: 'work', formattedType: 'Work' }],
});

async function consent(url: string): Promise<void> {
  await consentInBrowser(url);
}

function service() {
  const secrets = new MemorySecretStore();
  const sources: ContactSourceView[][] = [];
  const opened: string[] = [];
  const waiters: (() => void)[] = [];
  const contacts = new ContactsService({
    db: openDatabase(':memory:'),
    secrets,
    logger: silentLogger,
    defaultCountry: () => 'DE',
    factories: cloudFactories({
      secrets,
      clientIds: () => ({
        googleClientId: GOOGLE_FAKE_CLIENT_ID,
        googleClientSecret: GOOGLE_FAKE_CLIENT_SECRET,
        outlookClientId: '',
      }),
      openExternal: (url) => {
        opened.push(url);
        return consent(url);
      },
      endpoints: {
        google: {
          provider: {
            authorizationEndpoint: google.authorizationEndpoint,
            tokenEndpoint: google.tokenEndpoint,
            revocationEndpoint: google.revocationEndpoint,
          },
          apiBaseUrl: google.apiBaseUrl,
        },
      },
    }),
    onContactsChanged: () => undefined,
    onSourcesChanged: (list) => {
      sources.push(list);
      for (const wake of waiters.splice(0)) wake();
    },
  });
  const statusOf = (id: string) => contacts.getSource(id).status;
  /** Waits, source event by source event, until the test holds (the test's timeout bounds it). */
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { contacts, secrets, opened, statusOf, until };
}

describe('Google contact source in the contacts service', () => {
  it('asks to sign in, signs in through the browser, syncs, and names callers', async () => {
    google.addPerson(person('Greta', 'Google', '+49 40 123456'));
    const { contacts, opened, statusOf, until } = service();
    const source = await contacts.addSource('My Google contacts', { kind: 'google', refreshMinutes: 0 });
    await until(() => statusOf(source.id).state === 'signedOut');
    expect(statusOf(source.id).message).toMatch(/Sign in to Google Contacts/);

    await contacts.signIn(source.id);
    expect(opened[0]).toContain(google.authorizationEndpoint);
    await until(() => statusOf(source.id).state === 'ok');
    expect(contacts.callerIdNow('040 123456')).toMatchObject({
      name: 'Greta Google',
      sourceName: 'My Google contacts',
    });

    const added = google.addPerson(person('Neu', 'Kontakt', '+49 40 999'));
    await contacts.refreshSource(source.id);
    expect(contacts.callerIdNow('+4940999')?.name).toBe('Neu Kontakt');
    google.deletePerson(added);
    await contacts.refreshSource(source.id);
    expect(contacts.callerIdNow('+4940999')).toBeUndefined();
    expect((await contacts.searchAll('greta')).hits[0]?.contact.sourceKind).toBe('google');
  });

  it('revokes the token and forgets it when the source is deleted', async () => {
    const { contacts, secrets, statusOf, until } = service();
    const source = await contacts.addSource('Google', { kind: 'google', refreshMinutes: 0 });
    await contacts.signIn(source.id);
    await until(() => statusOf(source.id).state === 'ok');
    expect(await secrets.get(refreshTokenSecretKey(source.id))).toBeDefined();
    const revokes = google.oauth.revokeRequests;
    await contacts.deleteSource(source.id);
    expect(google.oauth.revokeRequests).toBe(revokes + 1);
    expect(await secrets.get(refreshTokenSecretKey(source.id))).toBeUndefined();
  });

  it('shows "sign in again" when Google revoked access, keeping the copied contacts', async () => {
    google.addPerson(person('Kept', 'Copy', '+49 40 777'));
    const { contacts, statusOf, until } = service();
    const source = await contacts.addSource('Google', { kind: 'google', refreshMinutes: 0 });
    await contacts.signIn(source.id);
    await until(() => statusOf(source.id).state === 'ok');
    google.oauth.revokeAll();
    google.addPerson(person('Trigger', 'Refresh', '+49 40 778'));
    await contacts.refreshSource(source.id);
    const status = statusOf(source.id);
    expect(status.state).toBe('signedOut');
    expect(status.message).toMatch(/Sign in/);
    expect(contacts.callerIdNow('+4940777')?.name).toBe('Kept Copy');
  });
});
