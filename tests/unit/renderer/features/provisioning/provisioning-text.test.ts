import { describe, expect, it } from 'vitest';
import { provisioningFailureCodes } from '../../../../../src/shared/contract';
import {
  attemptDetail,
  attemptTime,
  changeSummary,
  failureText,
  httpStatusOf,
  isAccessKeyLink,
  isInsecureHttpUrl,
  provisioningCleartextWarning,
} from '../../../../../src/renderer/features/provisioning/provisioning-text';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';

const { t } = createI18n('en');
const german = createI18n('de').t;
const noChanges = {
  settings: 0,
  accountsAdded: 0,
  accountsUpdated: 0,
  accountsRemoved: 0,
  contactSources: 0,
  blfKeys: 0,
};

describe('isInsecureHttpUrl', () => {
  it('is true only for an explicit http:// address', () => {
    expect(isInsecureHttpUrl('http://pbx.example.com/prov')).toBe(true);
    expect(isInsecureHttpUrl('  HTTP://10.0.0.5:8080/x.cfg ')).toBe(true);
    expect(isInsecureHttpUrl('https://pbx.example.com/prov')).toBe(false);
    expect(isInsecureHttpUrl('pbx.example.com')).toBe(false);
    expect(isInsecureHttpUrl('http')).toBe(false);
    expect(isInsecureHttpUrl('')).toBe(false);
  });
});

describe('the insecure-HTTP texts', () => {
  it('name the setting in both languages', () => {
    expect(failureText(t, 'insecure', '').hint).toContain('Allow unencrypted HTTP for provisioning');
    expect(failureText(german, 'insecure', '').hint).toContain(
      'Unverschlüsseltes HTTP für die Provisionierung erlauben',
    );
    expect(t('firstRun.insecureRefused')).toContain('Allow unencrypted HTTP for provisioning');
    expect(german('firstRun.insecureRefused')).toContain(
      'Unverschlüsseltes HTTP für die Provisionierung erlauben',
    );
    expect(german('provisioning.status.insecureWarning')).toContain('unverschlüsselt');
  });
});

describe('isAccessKeyLink', () => {
  it('recognises https://host:port/<key>.cfg like main does', () => {
    expect(isAccessKeyLink('https://pbx.example.com:8448/0123456789abcdef0123456789abcdef.cfg')).toBe(true);
    expect(isAccessKeyLink('  https://10.0.0.5/DEADBEEFDEADBEEF.cfg ')).toBe(true);
    expect(isAccessKeyLink('pbx.example.com:8448/prov/Ab_cd-ef0123456789.xml')).toBe(true);
  });

  it('refuses plain addresses, other paths, short keys and other schemes', () => {
    expect(isAccessKeyLink('pbx.example.com')).toBe(false);
    expect(isAccessKeyLink('https://pbx.example.com/provisioning')).toBe(false);
    expect(isAccessKeyLink('https://pbx.example.com/abc.cfg')).toBe(false);
    expect(isAccessKeyLink('https://pbx.example.com/0123456789abcdef.cfg.bak')).toBe(false);
    expect(isAccessKeyLink('ftp://pbx.example.com/0123456789abcdef.cfg')).toBe(false);
    expect(isAccessKeyLink('')).toBe(false);
  });
});

describe('failureText', () => {
  it('has a message and a hint for every failure code in both languages', () => {
    for (const code of provisioningFailureCodes) {
      for (const translate of [t, german]) {
        const text = failureText(translate, code, 'detail');
        expect(text.what, code).not.toMatch(/provisioning\./);
        expect(text.hint, code).not.toMatch(/provisioning\./);
        expect(text.what.length, code).toBeGreaterThan(5);
        expect(text.hint.length, code).toBeGreaterThan(5);
      }
    }
  });

  it('tells what to do for the common failures', () => {
    expect(failureText(t, 'auth', '401 Unauthorized').hint).toBe('Check your user name and password.');
    expect(failureText(t, 'certificate', 'self-signed').hint).toContain(
      'Settings › Network and security › Secure connection (TLS)',
    );
    expect(failureText(t, 'format', 'line 3').hint).toContain('tell your administrator');
    expect(failureText(t, 'invalid', 'field x').hint).toBe(failureText(t, 'format', '').hint);
  });

  it('names the HTTP status when the message has one', () => {
    expect(failureText(t, 'http', 'HTTP 404 Not Found').what).toBe(
      'The server answered with HTTP status 404.',
    );
    expect(failureText(german, 'http', 'HTTP 503').what).toBe(
      'Der Server hat mit dem HTTP-Status 503 geantwortet.',
    );
    expect(failureText(t, 'http', 'bad gateway').what).toBe('The server answered with an error.');
    expect(httpStatusOf('port 8448, HTTP 403')).toBe(403);
  });

  it('words a failure without a code generally', () => {
    expect(failureText(t, undefined, '').what).toBe('Provisioning failed.');
  });
});

describe('changeSummary', () => {
  it('lists what changed with plurals', () => {
    expect(changeSummary(t, { ...noChanges, settings: 2, accountsAdded: 1 })).toBe(
      '2 settings, 1 account added',
    );
    expect(changeSummary(t, { ...noChanges, settings: 1, accountsUpdated: 3, accountsRemoved: 1 })).toBe(
      '1 setting, 3 accounts updated, 1 account removed',
    );
    expect(changeSummary(t, { ...noChanges, contactSources: 2, blfKeys: 1 })).toBe(
      '2 contact sources changed, 1 BLF key set',
    );
  });

  it('says so when nothing changed', () => {
    expect(changeSummary(t, noChanges)).toBe('Nothing changed');
    expect(changeSummary(german, noChanges)).toBe('Keine Änderungen');
  });

  it('is German in German', () => {
    expect(changeSummary(german, { ...noChanges, settings: 2, accountsAdded: 2 })).toBe(
      '2 Einstellungen, 2 Konten hinzugefügt',
    );
  });
});

describe('attemptTime', () => {
  it('formats in the UI language and time zone', () => {
    const at = Date.UTC(2026, 10, 23, 13, 5);
    expect(attemptTime(at, 'en', 'Europe/Berlin')).toBe('Nov 23, 2026, 2:05 PM');
    expect(attemptTime(at, 'de', 'Europe/Berlin')).toBe('23.11.2026, 14:05');
  });
});

describe('provisioningCleartextWarning', () => {
  it('warns about the last attempt when it really went over http://', () => {
    expect(provisioningCleartextWarning({ server: 'http://pbx.lan/prov' }, true)).toBe('lastOverHttp');
    // the setting was turned off since: what travelled in the open still did
    expect(provisioningCleartextWarning({ server: 'HTTP://pbx.lan/prov' }, false)).toBe('lastOverHttp');
  });

  it('otherwise warns only while http is allowed', () => {
    expect(provisioningCleartextWarning({ server: 'https://pbx/prov' }, true)).toBe('httpAllowed');
    expect(provisioningCleartextWarning(undefined, true)).toBe('httpAllowed');
    expect(provisioningCleartextWarning({ server: 'https://pbx/prov' }, false)).toBeUndefined();
    expect(provisioningCleartextWarning(undefined, false)).toBeUndefined();
  });
});

describe('attemptDetail', () => {
  const attempt = {
    at: 0,
    server: 'https://pbx.example.com/prov',
    ok: false,
    message: 'The provisioning file cannot be read (line 3): bad Nothing was changed.',
    code: 'format' as const,
    changes: noChanges,
    unknownKeys: [],
  };
  const text = {
    key: 'provisioning.notChanged' as const,
    params: { reason: 'provisioning.cannotReadLine', line: 3, detail: 'bad' },
  };

  it("shows main's code in the UI language", () => {
    expect(attemptDetail(t, { ...attempt, text })).toEqual({ text: attempt.message, lang: undefined });
    expect(attemptDetail(german, { ...attempt, text })).toEqual({
      text: 'Die Provisionierungsdatei kann nicht gelesen werden (Zeile 3): bad Es wurde nichts geändert.',
      lang: undefined,
    });
  });

  it('words a summary of changes from the attempt in the UI language', () => {
    const changed = {
      ...attempt,
      ok: true,
      message: 'Provisioned: 2 settings changed, 1 account added (over unencrypted HTTP).',
      code: undefined,
      changes: { ...noChanges, settings: 2, accountsAdded: 1 },
      text: { key: 'provisioning.changedInsecure' as const, params: {} },
    };
    expect(attemptDetail(t, changed)?.text).toBe(changed.message);
    expect(attemptDetail(german, changed)?.text).toBe(
      'Provisioniert: 2 Einstellungen geändert, 1 Konto hinzugefügt (über unverschlüsseltes HTTP).',
    );
  });

  it('falls back to the stored English message, marked as English, and to nothing when it is empty', () => {
    expect(attemptDetail(german, attempt)).toEqual({ text: attempt.message, lang: 'en' });
    expect(attemptDetail(german, { ...attempt, message: '' })).toBeUndefined();
  });
});
