import type { TFunction } from 'i18next';
import type {
  ProvisioningAttempt,
  ProvisioningFailureCode,
  ProvisioningNotice,
} from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/catalogue';
import { settingLabel } from '../../../shared/i18n/setting-texts';
import { findGlobalField } from '../../../shared/settings/registry';
import { isCleartextHttpUrl } from '../../../shared/security/cleartext';
import type { UserText } from '../../../shared/contract';
import { provisioningChangeList } from '../../../shared/i18n/provisioning-changes';
import { userTextOr } from '../../i18n/user-text';

/**
 * An access-key link (https://pbx:8448/<key>.cfg) carries its own authorisation: the PBX needs no
 * user name or password for it. The same rule as main's provisioning-url.ts: a key of 16 or more
 * letters, digits, - or _ before .cfg/.xml/.json/.txt; an address without a scheme means https.
 */
const accessKeyPath = /\/[A-Za-z0-9_-]{16,}\.(cfg|xml|json|txt)$/;

export function isAccessKeyLink(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return accessKeyPath.test(url.pathname);
}

/**
 * The address as typed would be fetched over plain http. Only an explicit http:// counts: an address
 * without a scheme means https (main's provisioning-url.ts).
 */
export function isInsecureHttpUrl(text: string): boolean {
  return isCleartextHttpUrl(text);
}

/**
 * Which cleartext warning the provisioning panel shows: 'lastOverHttp' when the last attempt really
 * fetched an http:// address (what travelled in the open), else 'httpAllowed' while the setting lets
 * an http:// address be used at all.
 */
export function provisioningCleartextWarning(
  last: Pick<ProvisioningAttempt, 'server'> | undefined,
  insecureHttpAllowed: boolean,
): 'lastOverHttp' | 'httpAllowed' | undefined {
  if (last !== undefined && isCleartextHttpUrl(last.server)) return 'lastOverHttp';
  return insecureHttpAllowed ? 'httpAllowed' : undefined;
}

export interface FailureText {
  /** What went wrong, in the UI language. */
  what: string;
  /** What to do about it, in the UI language. */
  hint: string;
}

/** The three-digit HTTP status main's message names, e.g. "HTTP 404 Not Found". */
export function httpStatusOf(message: string): number | undefined {
  const match = /\b([1-5]\d\d)\b/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** A failed attempt's code in words; an unknown or missing code reads as a general failure. */
export function failureText(
  t: TFunction,
  code: ProvisioningFailureCode | undefined,
  message: string,
): FailureText {
  if (code === 'http') {
    const status = httpStatusOf(message);
    return {
      what:
        status === undefined
          ? t('provisioning.failure.http.what')
          : t('provisioning.failure.http.whatStatus', { status }),
      hint: t('provisioning.failure.http.hint'),
    };
  }
  if (code === undefined) {
    return { what: t('provisioning.failure.other.what'), hint: t('provisioning.failure.other.hint') };
  }
  return { what: t(`provisioning.failure.${code}.what`), hint: t(`provisioning.failure.${code}.hint`) };
}

/** "2 settings, 1 account added"; "Nothing changed" when the configuration was already in place. */
export function changeSummary(t: TFunction, changes: ProvisioningAttempt['changes']): string {
  const parts = [
    changes.settings > 0 ? t('provisioning.changes.settings', { count: changes.settings }) : undefined,
    changes.accountsAdded > 0 ? t('provisioning.changes.added', { count: changes.accountsAdded }) : undefined,
    changes.accountsUpdated > 0
      ? t('provisioning.changes.updated', { count: changes.accountsUpdated })
      : undefined,
    changes.accountsRemoved > 0
      ? t('provisioning.changes.removed', { count: changes.accountsRemoved })
      : undefined,
    changes.contactSources > 0
      ? t('provisioning.changes.sources', { count: changes.contactSources })
      : undefined,
    changes.blfKeys > 0 ? t('provisioning.changes.blf', { count: changes.blfKeys }) : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? t('provisioning.changes.none') : parts.join(', ');
}

/** A notice of a successful attempt in the UI language; a stored setting is named by its label. */
export function provisioningNoticeText(t: TFunction, notice: ProvisioningNotice, language: Language): string {
  const params: Record<string, string> = { ...notice.params };
  const setting = params['setting'] === undefined ? undefined : findGlobalField(params['setting']);
  if (setting) params['setting'] = settingLabel(language, setting.field);
  // the params are data from main; their names are the ones the catalogue's texts use
  return t(`provisioning.notice.${notice.code}`, { ...params, defaultValue: notice.code });
}

/** The attempt's time in the UI language, e.g. "23 Nov 2026, 14:05". */
export function attemptTime(at: number, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** provisioning.changed wants the summary of the attempt's changes in the UI language. */
function withSummary(t: TFunction, last: ProvisioningAttempt): UserText | undefined {
  const key = last.text?.key;
  if (key !== 'provisioning.changed' && key !== 'provisioning.changedInsecure') return last.text;
  const summary = provisioningChangeList((part, values) => t(part, values), last.changes);
  return { key, params: { ...last.text?.params, summary } };
}

/** What main said about an attempt: in the UI language when it sent a code, else its English message. */
export interface AttemptDetail {
  text: string;
  /** 'en' when the text is main's English message (an older, stored attempt), else undefined. */
  lang: 'en' | undefined;
}

export function attemptDetail(t: TFunction, last: ProvisioningAttempt): AttemptDetail | undefined {
  const text = userTextOr(t, withSummary(t, last), last.message);
  if (text === '') return undefined;
  return { text, lang: last.text === undefined ? 'en' : undefined };
}
