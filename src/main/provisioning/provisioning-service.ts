/**
 * Provisioning: fetch the configuration file from the provisioning server, parse it, validate
 * everything against the settings schemas, and apply it all or nothing.
 *
 * One attempt, in order:
 * 1. the server (functions.provisioning.serverUrl, see provisioning-url.ts) and credentials (user name
 *    from the settings, password from this session or the keychain; none for an access-key link);
 * 2. fetchFile with the global TLS settings (advanced.tls.*) → parseFile;
 * 3. validation of every global value, secret field and account against the catalogs, before
 *    anything is written; keys the softphone does not know are reported, never fatal;
 * 4. apply, through the one protocol of every owner of provisioned state (global settings, accounts,
 *    contact sources, BLF keys; provisioned/provisioned-owner.ts, looped over by apply-plans.ts):
 *    each owner's plan, then its secrets to the keychain (undone if a later step fails), then ONE
 *    SQLite transaction for every owner's rows; the in-memory state follows only after the commit.
 *    A failure anywhere leaves the last good configuration as it was;
 * 5. the SIP layer reconciles, once per run: the owners' commits don't ask for it (new and changed
 *    accounts register, removed ones deregister, a changed advanced.tls.* re-creates the agents);
 * 6. the attempt is stored (provisioning-state-store.ts) and `provisioning.changed` is emitted.
 *
 * Attempts are serialized; param-less requests that arrive while one waits share it. NOTIFY
 * check-sync goes through a CheckSyncLimiter (check-sync-limiter.ts): a burst costs one run and at
 * most one follow-up, and runs it asks for are at least 30 s apart. Secrets are never logged nor put
 * in the status.
 */
import type { Database } from 'better-sqlite3';
import type {
  ProvisioningAttempt,
  ProvisioningFailureCode,
  ProvisioningRunParams,
  ProvisioningStatus,
} from '../../shared/contract';
import { ContractError, provisioningFailureCodes } from '../../shared/contract';
import type { ProvisionedAccountsPlan, ProvisionedPasswordsResult } from '../accounts/account-service';
import type { BlfKeysPlan } from '../blf/blf-keys';
import type { ProvisionedBlfKey } from '../blf/provisioned-blf-key';
import type { ContactSourcesPlan, ContactSourceSecrets } from '../contacts/sources/provisioned-sources';
import type { ProvisionedContactSource } from '../contacts/sources/provisioned-contact-source';
import type { Logger } from '../log/logger';
import type { ProvisionedOwner } from '../provisioned/provisioned-owner';
import { SecretStoreError } from '../secrets/secret-store';
import type { SettingCatalog } from '../settings/setting-catalog';
import type { SettingsService } from '../settings/settings-service';
import type { FetchedFile, FetchRequest } from './fetch/provisioning-fetcher';
import type { ProvisionedAccount } from '../accounts/provisioned-account';
import type { OwnerPlan } from './apply-plans';
import { applyPlans, noChanges, planFor } from './apply-plans';
import { ProvisioningStateStore } from './provisioning-state-store';
import type { ProvisioningDocument } from './provisioning-document';
import { ProvisioningFormatError } from './provisioning-document';
import type { CheckSyncLimiterOptions } from './check-sync-limiter';
import { CheckSyncLimiter } from './check-sync-limiter';
import { settleWithin } from '../sip/settle-within';
import { globalTlsSettings } from '../net/tls/global-tls-settings';
import { CertificateError } from '../net/tls/certificate';
import type { ProvisioningTarget } from './provisioning-url';
import { ProvisioningUrlError, resolveProvisioningUrl } from './provisioning-url';
import type { UserText } from '../../shared/contract/user-text';
import { ProvisioningFetchError } from './fetch/provisioning-fetch-error';
import { translate, worded } from '../i18n/translator';
import { provisioningChangeList } from '../../shared/i18n/provisioning-changes';

export type FetchProvisioningFile = (request: FetchRequest) => Promise<FetchedFile>;
export type ParseProvisioningFile = (text: string) => ProvisioningDocument;

/** The provisioned accounts (AccountService). */
export type ProvisionedAccounts = ProvisionedOwner<
  readonly ProvisionedAccount[],
  ProvisionedAccountsPlan,
  ProvisionedPasswordsResult
>;
/** The provisioned contact sources (ContactsService, see sources/provisioned-sources.ts). */
export type ProvisionedContacts = ProvisionedOwner<
  readonly ProvisionedContactSource[],
  ContactSourcesPlan,
  ContactSourceSecrets
>;
/** The provisioned BLF keys (BlfKeys). */
export type ProvisionedBlfKeys = ProvisionedOwner<readonly ProvisionedBlfKey[], BlfKeysPlan>;

export interface ProvisioningServiceOptions {
  db: Database;
  /** The global settings: the provisioning server and credentials, and an owner of provisioned state. */
  settings: SettingsService;
  accounts: ProvisionedAccounts;
  settingCatalog: SettingCatalog;
  accountCatalog: SettingCatalog;
  logger: Logger;
  /** fetchProvisioningFile from ./fetch; tests pass fakes. */
  fetchFile: FetchProvisioningFile;
  /** parseProvisioningFile from ./format; tests pass fakes. */
  parseFile: ParseProvisioningFile;
  /** SipService.reconcile, once per successful run: accounts (re)register after a change. */
  reconcile(): Promise<void>;
  onChange(status: ProvisioningStatus): void;
  /** A secret value the logger must never print (a password given for this session). */
  onSecret(value: string): void;
  now?: () => number;
  /** Reads the TLS certificate file (tests pass a fake). */
  readFile?: (path: string) => Promise<Buffer>;
  /** Contact sources from the file; without it they are ignored. */
  contacts?: ProvisionedContacts;
  /** BLF keys from the file; without it they are ignored. */
  blf?: ProvisionedBlfKeys;
  /** The check-sync window and, in tests, a fake clock. */
  checkSync?: Pick<CheckSyncLimiterOptions, 'minIntervalMs' | 'clock'>;
}

const KEY = {
  serverUrl: 'functions.provisioning.serverUrl',
  userName: 'functions.provisioning.userName',
  password: 'functions.provisioning.password',
  rememberMe: 'functions.provisioning.rememberMe',
  onStartup: 'functions.provisioning.provisionOnStartup',
  interval: 'functions.provisioning.intervalMinutes',
  allowInsecureHttp: 'functions.provisioning.allowInsecureHttp',
} as const;

/** A failed step: the code for the UI, the message for the user (never a secret). */
class AttemptFailure extends Error {
  constructor(
    readonly code: ProvisioningFailureCode,
    message: string,
    readonly text?: UserText,
  ) {
    super(message);
    this.name = 'AttemptFailure';
  }
}

/** The service stopped while the file was being fetched: nothing is applied or recorded. */
class Abandoned extends Error {}

/** A validated document: every owner's plan, in the order they are applied. */
interface Prepared {
  plans: OwnerPlan[];
  unknownKeys: string[];
}

/** Server and credentials typed by the user for one attempt, stored only if it succeeds. */
interface AttemptOverride {
  target: ProvisioningTarget | undefined;
  userName: string | undefined;
  password: string | undefined;
}

/**
 * Settings a provisioning file may not set: the user's own choice to weaken security, and the
 * credentials the user typed to reach the server. Listed as ignored keys instead.
 */
const userOnlySettings: ReadonlySet<string> = new Set([
  'functions.provisioning.allowInsecureHttp',
  'functions.provisioning.password',
]);

export class ProvisioningService {
  private last: ProvisioningAttempt | undefined;
  private running = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** A queued, not yet started param-less run that later param-less requests join. */
  private waiting: Promise<ProvisioningStatus> | undefined;
  /** The password given with rememberMe off: used for this session only. */
  private sessionPassword: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private timerMinutes = 0;
  private stopped = false;
  private readonly now: () => number;
  private readonly checkSyncs: CheckSyncLimiter;
  private readonly state: ProvisioningStateStore;

  constructor(private readonly options: ProvisioningServiceOptions) {
    this.now = options.now ?? Date.now;
    this.state = new ProvisioningStateStore(options.db, options.logger);
    this.last = this.state.load();
    this.checkSyncs = new CheckSyncLimiter({
      ...options.checkSync,
      run: () => {
        // a run scheduled for the window's end: the server may have been removed meanwhile
        if (!this.configured()) return Promise.resolve();
        options.logger.info('Provisioning requested by the PBX (check-sync)');
        return this.run();
      },
      logger: options.logger,
    });
  }

  status(): ProvisioningStatus {
    const status: ProvisioningStatus = { configured: this.configured(), running: this.running };
    if (this.last) status.last = structuredClone(this.last);
    return status;
  }

  /**
   * Provisions now; resolves with the status after the attempt, whether it worked or not (the outcome
   * is status.last). With params (first run, changed credentials) they are stored first; only invalid
   * params reject.
   */
  run(params?: ProvisioningRunParams): Promise<ProvisioningStatus> {
    const hasParams = params !== undefined && Object.keys(params).length > 0;
    let target: ProvisioningTarget | undefined;
    try {
      if (hasParams && params.url !== undefined) target = this.paramTarget(params.url);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (!hasParams && this.waiting) return this.waiting;
    const run = this.queue.then(async () => {
      if (!hasParams) this.waiting = undefined;
      if (!hasParams) return this.attemptAndRecord();
      // What the user typed is tried first and kept only when it worked: a mistyped address or
      // password never replaces the last good configuration.
      const status = await this.attemptAndRecord({
        target,
        userName: params.userName,
        password: params.password,
      });
      if (!status.last?.ok) return status;
      await this.storeParams(params, target);
      const stored = this.status();
      this.options.onChange(stored);
      return stored;
    });
    this.queue = run.catch(() => undefined);
    if (!hasParams) this.waiting = run;
    return run;
  }

  /**
   * The PBX asked for a re-sync (NOTIFY check-sync): provision again, without restarting anything,
   * coalesced and rate-limited (CheckSyncLimiter). Ignored without a provisioning server: there is
   * nothing to fetch, and a failed attempt would replace the last status.
   */
  checkSync(): void {
    if (this.stopped) return;
    if (!this.configured()) {
      this.options.logger.info('check-sync ignored: no provisioning server is set');
      return;
    }
    this.checkSyncs.request();
  }

  /** Provisions once at start (when set to) and starts the periodic timer (when set). */
  start(): void {
    this.stopped = false;
    this.checkSyncs.resume();
    this.reschedule();
    if (this.configured() && this.options.settings.get(KEY.onStartup) === true) {
      void this.run();
    }
  }

  /** Follows functions.provisioning.intervalMinutes; call it when the settings change. */
  reschedule(): void {
    const minutes = this.stopped ? 0 : this.options.settings.get<number>(KEY.interval);
    if (minutes === this.timerMinutes && (minutes === 0) === (this.timer === undefined)) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.timerMinutes = minutes;
    if (minutes <= 0) return;
    this.timer = setInterval(() => {
      if (this.configured()) void this.run();
    }, minutes * 60_000);
    this.timer.unref();
  }

  /**
   * Stops the timers (the interval, a check-sync run scheduled for later) and waits (bounded) for a
   * running attempt. An attempt still fetching when the bound runs out applies nothing and records
   * nothing: the database is about to close.
   */
  async stop(timeoutMs = 3000): Promise<void> {
    this.stopped = true;
    this.checkSyncs.stop();
    this.reschedule();
    if (!(await settleWithin(this.queue, timeoutMs))) {
      this.options.logger.warn('A provisioning attempt was still running at shutdown; it is abandoned');
    }
  }

  private configured(): boolean {
    return this.options.settings.get<string>(KEY.serverUrl).trim() !== '';
  }

  private paramTarget(url: string): ProvisioningTarget {
    try {
      return resolveProvisioningUrl(url);
    } catch (error) {
      if (error instanceof ProvisioningUrlError)
        throw new ContractError('INVALID_PARAMS', error.message, 'url');
      throw error;
    }
  }

  /** First run or changed credentials: to the settings; the password to the keychain only with rememberMe. */
  private async storeParams(params: ProvisioningRunParams, target: ProvisioningTarget | undefined) {
    const { settings } = this.options;
    // The file just applied may have set (and locked) some of these; the server's value wins then.
    const locked = new Set(settings.snapshot().locked);
    const set = (key: string, value: unknown) => {
      if (!locked.has(key)) settings.set(key, value);
    };
    if (target) set(KEY.serverUrl, target.url);
    const userName = params.userName ?? target?.userName;
    if (userName !== undefined) set(KEY.userName, userName);
    if (params.rememberMe !== undefined) set(KEY.rememberMe, params.rememberMe);
    if (params.provisionOnStartup !== undefined) set(KEY.onStartup, params.provisionOnStartup);
    const password = params.password ?? target?.password;
    const remember = settings.get(KEY.rememberMe) !== false;
    if (password !== undefined) {
      if (remember) {
        this.sessionPassword = undefined;
        await settings.setSecret(KEY.password, password);
      } else {
        if (password !== '') this.options.onSecret(password);
        this.sessionPassword = password;
        await settings.clearSecret(KEY.password);
      }
    } else if (!remember) {
      await settings.clearSecret(KEY.password);
    }
  }

  private async attemptAndRecord(override?: AttemptOverride): Promise<ProvisioningStatus> {
    this.running = true;
    this.options.onChange(this.status());
    let attempt: ProvisioningAttempt;
    try {
      attempt = await this.attempt(override);
    } catch (error) {
      if (error instanceof Abandoned) return this.status();
      throw error;
    } finally {
      this.running = false;
    }
    this.last = attempt;
    this.state.save(attempt);
    const log = `Provisioning from ${attempt.server}: ${attempt.message}`;
    if (attempt.ok) this.options.logger.info(log);
    else this.options.logger.warn(`${log} (${attempt.code ?? 'failed'})`);
    this.reschedule();
    const status = this.status();
    this.options.onChange(status);
    return status;
  }

  /** One attempt, as a record; never throws. */
  private async attempt(override?: AttemptOverride): Promise<ProvisioningAttempt> {
    const at = this.now();
    let server = '';
    let format: ProvisioningDocument['format'] | undefined;
    let key: string | undefined;
    try {
      const target = override?.target ?? this.target();
      server = target.display;
      key = target.key;
      if (key) this.options.onSecret(key);
      const document = await this.fetchAndParse(target, override);
      if (this.stopped) throw new Abandoned();
      // only reached over http when the user allowed it; the first request was plaintext either way
      const insecure = new URL(target.url).protocol === 'http:';
      format = document.format;
      const prepared = this.prepare(document);
      const changes = await applyPlans(this.options.db, prepared.plans, this.options.logger, () =>
        this.options.reconcile().catch((error: unknown) => {
          this.options.logger.error('SIP reconcile after provisioning failed', error);
        }),
      );
      const total = Object.values(changes).reduce((sum, n) => sum + n, 0);
      // with changes, the renderer words the summary from `changes` (provisioningChangeList)
      const code: UserText['key'] =
        total === 0
          ? insecure
            ? 'provisioning.noChangesInsecure'
            : 'provisioning.noChanges'
          : insecure
            ? 'provisioning.changedInsecure'
            : 'provisioning.changed';
      const text: UserText = { key: code, params: {} };
      const summary = provisioningChangeList((part, values) => translate('en', part, values), changes);
      const english = translate('en', `codes.${code}`, { summary });
      return {
        at,
        server,
        ok: true,
        message: english,
        text,
        format,
        changes,
        unknownKeys: prepared.unknownKeys,
        ...(document.notices?.length ? { notices: document.notices } : {}),
      };
    } catch (error) {
      if (error instanceof Abandoned) throw error;
      const failure = toFailure(error);
      // a fetch message may quote the URL; an access key in it is a credential
      if (key) {
        const redacted = `${key.slice(0, 4)}…`;
        failure.message = failure.message.replaceAll(key, redacted);
        if (failure.text) failure.text = redactParams(failure.text, key, redacted);
      }
      if (failure.code === undefined) this.options.logger.error('Provisioning failed unexpectedly', error);
      const attempt: ProvisioningAttempt = {
        at,
        server,
        ok: false,
        message: `${failure.message} Nothing was changed.`,
        ...(failure.text ? { text: notChanged(failure.text) } : {}),
        code: failure.code ?? 'config',
        changes: noChanges,
        unknownKeys: [],
      };
      if (format) attempt.format = format;
      return attempt;
    }
  }

  private target(): ProvisioningTarget {
    try {
      return resolveProvisioningUrl(this.options.settings.get<string>(KEY.serverUrl));
    } catch (error) {
      if (error instanceof ProvisioningUrlError)
        throw new AttemptFailure('config', error.message, error.text);
      throw error;
    }
  }

  private async fetchAndParse(
    target: ProvisioningTarget,
    override?: AttemptOverride,
  ): Promise<ProvisioningDocument> {
    const { settings } = this.options;
    let userName: string | undefined;
    let password: string | undefined;
    if (!target.accessKey) {
      userName = override?.userName ?? target.userName ?? (settings.get<string>(KEY.userName) || undefined);
      password =
        override?.password ??
        target.password ??
        this.sessionPassword ??
        (await settings.getSecret(KEY.password));
      if (override?.password) this.options.onSecret(override.password);
    }
    let tls;
    try {
      tls = await globalTlsSettings((key) => settings.get(key), this.options.readFile);
    } catch (error) {
      const text = error instanceof CertificateError ? error.text : undefined;
      throw new AttemptFailure('certificate', error instanceof Error ? error.message : String(error), text);
    }
    const allowInsecureHttp = settings.get(KEY.allowInsecureHttp) === true;
    if (allowInsecureHttp && new URL(target.url).protocol === 'http:') {
      this.options.logger.warn(
        `Provisioning from ${target.display} over unencrypted HTTP (allowed in the settings): passwords and the configuration are not protected`,
      );
    }
    const fetched = await this.options.fetchFile({
      url: target.url,
      userName,
      password,
      tls,
      allowInsecureHttp,
      logger: this.options.logger.child('fetch'),
    });
    return this.options.parseFile(fetched.text);
  }

  /** Validates the whole document against the catalogs; touches nothing. */
  private prepare(document: ProvisioningDocument): Prepared {
    const { settingCatalog, accountCatalog } = this.options;
    const unknownKeys = new Set(document.unknownKeys);
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(document.settings)) {
      if (userOnlySettings.has(key)) unknownKeys.add(`${key} (only the user may change it)`);
      else if (settingCatalog.get(key)) values[key] = value;
      else unknownKeys.add(key);
    }
    const secrets: Record<string, string> = {};
    for (const [key, value] of Object.entries(document.secrets)) {
      if (userOnlySettings.has(key)) unknownKeys.add(`${key} (only the user may change it)`);
      else if (!settingCatalog.get(key)) unknownKeys.add(key);
      else if (!settingCatalog.isSecret(key)) {
        const { text, english } = worded('provisioning.notASecret', { key });
        throw new AttemptFailure('invalid', english, text);
      } else secrets[key] = value;
    }
    const accountList: ProvisionedAccount[] = document.accounts.map((account) => {
      const settings: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(account.settings)) {
        if (accountCatalog.get(key)) settings[key] = value;
        else unknownKeys.add(`account ${account.key}: ${key}`);
      }
      return { ...account, settings };
    });
    const { settings, accounts, contacts, blf } = this.options;
    try {
      // in this order through every step: the BLF keys name accounts by their provision key
      const plans = [
        planFor(settings, { values, secrets }),
        planFor(accounts, accountList),
        ...(contacts ? [planFor(contacts, document.contactSources)] : []),
        ...(blf ? [planFor(blf, document.blfKeys)] : []),
      ];
      return { plans, unknownKeys: [...unknownKeys].sort() };
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      const hasField = error.field !== undefined && error.field !== '';
      // the owner's refusal nested as `cause` when it has a code, so it reads in the UI language too
      const { text, english } =
        error.text !== undefined
          ? worded(hasField ? 'provisioning.invalidValueFieldCode' : 'provisioning.invalidValueCode', {
              ...error.text.params,
              ...(hasField ? { field: error.field } : {}),
              cause: error.text.key,
            })
          : hasField
            ? worded('provisioning.invalidValueField', { field: error.field, detail: error.message })
            : worded('provisioning.invalidValue', { detail: error.message });
      throw new AttemptFailure('invalid', english, text);
    }
  }
}

/** A failure's text followed by "Nothing was changed.", its parameters kept. */
function notChanged(text: UserText): UserText {
  return { key: 'provisioning.notChanged', params: { ...text.params, reason: text.key } };
}

/** The text with an access key in its parameters shortened, as in the message. */
function redactParams(text: UserText, key: string, redacted: string): UserText {
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? value.replaceAll(key, redacted) : value,
    ]),
  );
  return { key: text.key, params };
}

interface Failure {
  code: ProvisioningFailureCode | undefined;
  message: string;
  text?: UserText;
}

/** The code, user message and catalogue text of a failure; code undefined for an unexpected error. */
function toFailure(error: unknown): Failure {
  if (error instanceof AttemptFailure) {
    return error.text
      ? { code: error.code, message: error.message, text: error.text }
      : { code: error.code, message: error.message };
  }
  if (error instanceof ProvisioningFormatError) {
    const detail = error.message;
    const { text, english } =
      error.line !== undefined && error.field !== undefined
        ? worded('provisioning.cannotReadLineField', { line: error.line, field: error.field, detail })
        : error.line !== undefined
          ? worded('provisioning.cannotReadLine', { line: error.line, detail })
          : error.field !== undefined
            ? worded('provisioning.cannotReadField', { field: error.field, detail })
            : worded('provisioning.cannotRead', { detail });
    return { code: 'format', message: english, text };
  }
  if (error instanceof SecretStoreError) return { code: 'secretStore', message: error.message };
  const code = (error as { code?: unknown } | undefined)?.code;
  if (error instanceof ProvisioningFetchError && error.text) {
    return { code: error.code, message: error.message, text: error.text };
  }
  if (error instanceof Error && typeof code === 'string' && isFailureCode(code)) {
    return { code, message: error.message };
  }
  const { text, english } = worded('provisioning.failed', {
    detail: (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''),
  });
  return { code: undefined, message: english, text };
}
function isFailureCode(code: string): code is ProvisioningFailureCode {
  return (provisioningFailureCodes as readonly string[]).includes(code);
}
