/**
 * The manual's "XML" contact service: a phonebook file at a local path or a web address (no, Basic
 * or Digest authentication), read now and then again every refresh interval. It keeps the contacts of
 * the last good read when a later one fails, and says why in its status.
 *
 * Web addresses are fetched with the shared HTTPS fetcher (src/main/net/https: global TLS settings,
 * Basic/Digest after a challenge, redirect, size and time limits) rather than a second HTTP client.
 */
import { createHash } from 'node:crypto';
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../log/logger';
import type { FetchWording } from '../../net/https/https-fetch-error';
import { HttpsFetchError } from '../../net/https/https-fetch-error';
import type { FetchedFile, FetchRequest } from '../../net/https/https-fetcher';
import { fetchHttpsFile } from '../../net/https/https-fetcher';
import { describeServer } from '../../net/https/https-url';
import type { TlsSettings } from '../../net/tls/tls-options';
import type { UserText } from '../../../shared/contract/user-text';
import type { Contact, ContactFields } from '../contact';
import { displayNameOf } from '../contact';
import { searchContacts } from './contact-search';
import { decodeXmlBytes } from './decode-xml-bytes';
import type { PhonebookFormat } from './parse-phonebook';
import { parsePhonebook } from './parse-phonebook';
import type { PhonebookSubject, PhonebookXmlErrorCode } from './phonebook-xml-error';
import { PhonebookXmlError, phonebookError } from './phonebook-xml-error';

/** The manual's "Authentication type"; the password comes from the keychain. */
export type XmlPhonebookAuth =
  { type: 'none' } | { type: 'basic' | 'digest'; userName: string; password: string };

export interface XmlPhonebookSourceOptions {
  /** The contact service's id; contacts get sourceId `xml:<id>`. */
  id: string;
  /** "Local path/URL": a file path, a file:// URL, or an https:// (http:// if allowed) address. */
  location: string;
  auth?: XmlPhonebookAuth;
  /** The global TLS settings (trusted certificate, minimum version, verification). */
  tls: TlsSettings;
  allowInsecureHttp?: boolean;
  /** The manual's filter "Hide contacts without name". */
  hideWithoutName?: boolean;
  /** The manual's filter "Hide contacts without phone". */
  hideWithoutPhone?: boolean;
  /** Default one hour; 0 reads only when refresh() is called. */
  refreshIntervalMs?: number;
  /** Largest accepted file; default 5 MiB. */
  maxBytes?: number;
  /** For one web fetch; default 15 s. */
  timeoutMs?: number;
  logger?: Logger;
  /** Seams for tests; default the HTTPS fetcher and the file system. */
  fetchFile?: (request: FetchRequest) => Promise<FetchedFile>;
  readFile?: (path: string, maxBytes: number) => Promise<Buffer>;
  now?: () => number;
}

/**
 * Where a source stands.
 *
 * ```
 *   idle ──refresh()──▶ loading ──read and parsed──▶ ok ◀─┐
 *                         │  ▲                      │     │
 *                  failed │  └────── refresh() ─────┘     │ a later read succeeds
 *                         ▼                               │
 *                       error ──refresh()──▶ loading ─────┘
 * ```
 *
 * - idle: never read yet; no contacts.
 * - loading: a read is under way; the previous contacts stay available.
 * - ok: the last read succeeded; contacts are from it.
 * - error: the last read failed (code, message); contacts are those of the last good read, if any.
 */
export type XmlPhonebookState = 'idle' | 'loading' | 'ok' | 'error';

export interface XmlPhonebookStatus {
  state: XmlPhonebookState;
  /** Set in state error. */
  code?: PhonebookXmlErrorCode;
  /** In state error: what failed and what to do, in English, without the password. */
  message?: string;
  /** The same as a catalogue code, for the UI language (absent where the failure has none yet). */
  text?: UserText;
  /** The format of the last good read. */
  format?: PhonebookFormat;
  /** Contacts available now (after the filters). */
  contactCount: number;
  /** ms since epoch */
  lastAttemptAt?: number;
  lastSuccessAt?: number;
}

export const DEFAULT_REFRESH_INTERVAL_MS = 60 * 60 * 1000;
export const DEFAULT_MAX_PHONEBOOK_BYTES = 5 * 1024 * 1024;

export class XmlPhonebookSource {
  readonly sourceId: string;
  private cached: Contact[] = [];
  private current: XmlPhonebookStatus = { state: 'idle', contactCount: 0 };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<XmlPhonebookStatus> | undefined;

  constructor(private readonly options: XmlPhonebookSourceOptions) {
    this.sourceId = `xml:${options.id}`;
  }

  /** Reads now and then every refresh interval; the timer does not keep the process alive. */
  start(): Promise<XmlPhonebookStatus> {
    const interval = this.options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS;
    if (!this.timer && interval > 0) {
      this.timer = setInterval(() => void this.refresh(), interval);
      this.timer.unref();
    }
    return this.refresh();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  contacts(): readonly Contact[] {
    return this.cached;
  }

  search(query: string, limit: number): Contact[] {
    return searchContacts(this.cached, query, limit);
  }

  status(): XmlPhonebookStatus {
    return { ...this.current };
  }

  /** Reads the phonebook once; a read already under way is joined, not repeated. Never throws. */
  refresh(): Promise<XmlPhonebookStatus> {
    this.running ??= this.read().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async read(): Promise<XmlPhonebookStatus> {
    const now = this.options.now ?? Date.now;
    const attemptAt = now();
    const { lastSuccessAt, format } = this.current;
    this.current = { ...this.current, state: 'loading', lastAttemptAt: attemptAt };
    let subject: PhonebookSubject | undefined;
    try {
      const { text, what } = await this.load((known) => (subject = known));
      const parsed = parsePhonebook(text, { what, maxChars: this.maxBytes() });
      this.cached = this.toContacts(parsed.entries);
      this.current = {
        state: 'ok',
        format: parsed.format,
        contactCount: this.cached.length,
        lastAttemptAt: attemptAt,
        lastSuccessAt: now(),
      };
    } catch (error) {
      const failure = asPhonebookError(error, this.options.location.trim(), subject);
      this.options.logger?.warn(`XML phonebook ${this.sourceId} not read: ${failure.message}`);
      this.current = {
        state: 'error',
        code: failure.code,
        message: failure.message,
        ...(failure.text ? { text: failure.text } : {}),
        contactCount: this.cached.length,
        lastAttemptAt: attemptAt,
        ...(format ? { format } : {}),
        ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
      };
    }
    return this.status();
  }

  private maxBytes(): number {
    return this.options.maxBytes ?? DEFAULT_MAX_PHONEBOOK_BYTES;
  }

  /** The phonebook's text and its English name; `about` learns which phonebook it is, for content codes. */
  private async load(about: (subject: PhonebookSubject) => void): Promise<{ text: string; what: string }> {
    const location = this.options.location.trim();
    if (/^https?:\/\//i.test(location)) {
      const fetched = await this.fetch(location);
      about({ subject: 'subjectUrl', location: fetched.finalUrl });
      return fetched;
    }
    const path = /^file:\/\//i.test(location) ? fileURLToPath(location) : location;
    about({ subject: 'subjectFile', location: path });
    const what = `The phonebook file ${path}`;
    const bytes = await (this.options.readFile ?? readLocalFile)(path, this.maxBytes());
    return { text: decodeXmlBytes(bytes, what), what };
  }

  private async fetch(url: string): Promise<{ text: string; what: string; finalUrl: string }> {
    const allowInsecureHttp = this.options.allowInsecureHttp ?? false;
    if (/^http:/i.test(url) && !allowInsecureHttp) {
      throw phonebookError('insecure', {
        key: 'xmlPhonebook.insecureAddress',
        params: { server: describeServer(url) },
      });
    }
    const auth = this.options.auth ?? { type: 'none' };
    const fetched = await (this.options.fetchFile ?? fetchHttpsFile)({
      url,
      ...(auth.type === 'none' ? {} : { userName: auth.userName, password: auth.password }),
      tls: this.options.tls,
      allowInsecureHttp,
      maxBytes: this.maxBytes(),
      ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(this.options.logger ? { logger: this.options.logger } : {}),
    });
    return { text: fetched.text, what: `The phonebook at ${fetched.finalUrl}`, finalUrl: fetched.finalUrl };
  }

  /** Applies the manual's filters and gives each contact an id that stays the same across reads. */
  private toContacts(entries: ContactFields[]): Contact[] {
    const seen = new Map<string, number>();
    const contacts: Contact[] = [];
    for (const fields of entries) {
      const displayName = displayNameOf(fields);
      if (this.options.hideWithoutName && !displayName) continue;
      if (this.options.hideWithoutPhone && fields.phones.length === 0) continue;
      const key = createHash('sha256')
        .update(JSON.stringify([displayName, fields.phones]))
        .digest('hex')
        .slice(0, 16);
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      contacts.push({
        ...fields,
        displayName,
        id: count === 1 ? key : `${key}-${count}`,
        sourceId: this.sourceId,
      });
    }
    return contacts;
  }
}

async function readLocalFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      throw phonebookError('tooLarge', {
        key: 'xmlPhonebook.fileTooLarge',
        params: { path, max: String(maxBytes) },
      });
    }
    return await fsReadFile(path);
  } catch (error) {
    if (error instanceof PhonebookXmlError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw phonebookError(
        'notFound',
        { key: 'xmlPhonebook.fileNotFound', params: { path } },
        { cause: error },
      );
    }
    throw phonebookError(
      'unreadable',
      { key: 'xmlPhonebook.fileUnreadable', params: { path, code: code ?? 'unknown error' } },
      { cause: error },
    );
  }
}

/** A fetch failure speaks of the phonebook's server and file. */
const PHONEBOOK_WORDING: FetchWording = {
  server: 'phonebook server',
  file: 'phonebook file',
  address: 'phonebook address',
  // contact sources follow the provisioning setting (core.ts, runtimeEnvironment.allowInsecureHttp)
  allowInsecureHttpSetting: 'Settings › Accounts › Provisioning › "Allow unencrypted HTTP for provisioning"',
};

/**
 * A fetch failure's catalogue code by its kind. The fetcher's details (HTTP status, the URL after
 * redirects, the TLS code) are only in its English sentence, which stays the message for the log.
 */
const FETCH_TEXTS: Readonly<Record<HttpsFetchError['code'], UserText['key']>> = {
  config: 'xmlPhonebook.fetchConfig',
  insecure: 'xmlPhonebook.fetchInsecure',
  unreachable: 'xmlPhonebook.fetchUnreachable',
  timeout: 'xmlPhonebook.fetchTimeout',
  certificate: 'xmlPhonebook.fetchCertificate',
  auth: 'xmlPhonebook.fetchAuth',
  http: 'xmlPhonebook.fetchHttp',
  redirects: 'xmlPhonebook.fetchRedirects',
  tooLarge: 'xmlPhonebook.fetchTooLarge',
};

function asPhonebookError(
  error: unknown,
  location: string,
  subject: PhonebookSubject | undefined,
): PhonebookXmlError {
  if (error instanceof PhonebookXmlError) return subject ? error.withSubject(subject) : error;
  if (error instanceof HttpsFetchError) {
    // every fetch code is a phonebook error code of the same meaning
    const code: PhonebookXmlErrorCode = error.code;
    const text: UserText = { key: FETCH_TEXTS[error.code], params: { server: describeServer(location) } };
    return new PhonebookXmlError(code, error.describe(PHONEBOOK_WORDING), { cause: error, text });
  }
  return phonebookError(
    'unreadable',
    {
      key: 'xmlPhonebook.unreadable',
      params: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
    },
    { cause: error },
  );
}
