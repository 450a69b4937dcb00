/**
 * One account's settings (the manual's SIP accounts chapter) plus the global TLS settings, resolved into
 * what the SIP layer needs to register: addresses, credentials, timers and TLS. The mapping is pure;
 * loadAccountConfig() adds the one piece of I/O (reading the certificate file).
 *
 * Where the WebSocket goes, in order:
 * 1. the account's "WebSocket server" (optionalCredentials.wsUrl), when set: it is the most specific;
 * 2. else the outbound proxy, when set;
 * 3. else the domain.
 * A host[:port] becomes `wss://host[:port]/ws`, with port 8089 when none is given: Asterisk's
 * (FreePBX's) default secure WebSocket address, the most common office PBX with WebRTC. Kamailio and
 * FreeSWITCH accept any path, so /ws suits them too. An outbound proxy is also put in a preloaded
 * Route header (RFC 3261 §8.1.2), so requests are routed through it even when the WebSocket server
 * is set explicitly.
 *
 * A ws:// WebSocket server stays allowed (a lab, a PBX on the LAN), but never silently: the account
 * editor and the account row warn that signalling, the digest exchange and call metadata travel
 * unencrypted (accountSignallingIsCleartext in src/shared/security/cleartext.ts). That check reads
 * only the WebSocket server setting, because every address derived here is wss://.
 */
import type { UserText } from '../../shared/contract/user-text';
import type { codesEn } from '../../shared/i18n/en/codes';
import { ACCOUNT_WS_URL_KEY } from '../../shared/security/cleartext';
import { worded } from '../i18n/translator';
import { CertificateError, loadCertificate } from '../net/tls/certificate';
import type { SettingLookup } from '../net/tls/global-tls-settings';
import { tlsSettings } from '../net/tls/global-tls-settings';
import type { TlsSettings } from '../net/tls/tls-options';

export type { SettingLookup } from '../net/tls/global-tls-settings';

export interface AccountConfig {
  accountId: string;
  /** The address of record, `sip:user@domain`. */
  aor: string;
  authorizationUserName: string;
  /** May be empty: some PBXs register without a password. Never log it. */
  password: string;
  displayName: string;
  /** Where the transport connects, e.g. wss://pbx.example.com:8089/ws. */
  server: string;
  /** Route header values for every request (the outbound proxy), e.g. `<sip:proxy.example.com;lr>`. */
  routeSet: string[];
  registrationExpirySeconds: number;
  /** 0 turns keep-alives off. */
  keepAliveSeconds: number;
  connectTimeoutMs: number;
  tls: TlsSettings;
  /**
   * RFC 5627 +sip.instance, a UUID kept with the account (AccountService.instanceIdOf) so its GRUU
   * survives a restart of the phone; without one sip.js makes a new random one per UserAgent.
   */
  instanceId?: string | undefined;
}

export interface AccountConfigInput {
  accountId: string;
  /** AccountService.settingsOf(id): keys `group.field`, defaults filled in. */
  settings: Record<string, unknown>;
  password: string | undefined;
  /** The account's stable SIP instance id (AccountConfig.instanceId). */
  instanceId?: string | undefined;
  /** Global settings (SettingsService.get). */
  global: SettingLookup;
  /** PEM text of the certificate to trust, already read (see certificateSource). */
  certificatePem?: string | undefined;
}

/**
 * The account cannot be used as configured; the message says what to change, in English, and `text`
 * the same as a catalogue code when it has one (the accounts list shows it in the UI language).
 */
export class AccountConfigError extends Error {
  readonly text: UserText | undefined;

  constructor(message: string, options?: ErrorOptions & { text?: UserText }) {
    super(message, options);
    this.name = 'AccountConfigError';
    this.text = options?.text;
  }
}

/** An AccountConfigError worded by its catalogue code (`accountConfig.<code>`). */
function configError(
  code: AccountConfigCode,
  params: Record<string, string> = {},
  options?: ErrorOptions,
): AccountConfigError {
  const { text, english } = worded(`accountConfig.${code}`, params);
  return new AccountConfigError(english, { ...options, text });
}

type AccountConfigCode = keyof (typeof codesEn)['codes']['accountConfig'];

/** The code of a certificate that cannot be used, for a source as loadCertificate() was given it. */
function certificateProblem(error: CertificateError, source: string): AccountConfigError {
  const inline = source.trimStart().startsWith('-----BEGIN');
  if (error.code === 'unreadable') {
    const cause = error.cause;
    const why =
      (cause as NodeJS.ErrnoException | undefined)?.code ??
      (cause instanceof Error ? cause.message : String(cause));
    return new AccountConfigError(error.message, {
      cause: error,
      text: { key: 'accountConfig.certificateUnreadable', params: { file: source, why } },
    });
  }
  return new AccountConfigError(error.message, {
    cause: error,
    text: inline
      ? { key: 'accountConfig.certificateInvalid' }
      : { key: 'accountConfig.certificateFileInvalid', params: { file: source } },
  });
}

export const DEFAULT_WSS_PORT = 8089;
export const DEFAULT_WS_PATH = '/ws';
export const CONNECT_TIMEOUT_MS = 10_000;

function text(values: Record<string, unknown> | SettingLookup, key: string): string {
  const value = typeof values === 'function' ? values(key) : values[key];
  return typeof value === 'string' ? value.trim() : '';
}

function integer(values: Record<string, unknown>, key: string, fallback: number): number {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
}

/** `host`, `host:port`, `[v6]` or `[v6]:port` → parts; the host keeps IPv6 brackets. */
export function splitHostPort(value: string): { host: string; port?: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value.trim());
  if (!match?.[1]) throw configError('notHostPort', { value });
  return match[2] === undefined ? { host: match[1] } : { host: match[1], port: Number(match[2]) };
}

/** The secure WebSocket address for a host[:port] (see the file comment). */
export function deriveServerUrl(hostPort: string): string {
  const { host, port } = splitHostPort(hostPort);
  return `wss://${host}:${port ?? DEFAULT_WSS_PORT}${DEFAULT_WS_PATH}`;
}

/** RFC 3261 §25.1 user part: unreserved and user-unreserved characters stay, the rest is %-escaped. */
export function escapeSipUser(user: string): string {
  return user.replace(/[^A-Za-z0-9\-_.!~*'()&=+$,;?/]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** The configured certificate to trust (a file path or PEM text), or undefined for the system store. */
export function certificateSource(
  settings: Record<string, unknown>,
  global: SettingLookup,
): string | undefined {
  switch (settings['encryption.certificateUse']) {
    case 'file': {
      const file = text(settings, 'encryption.certificateFile');
      if (!file) {
        throw configError('noCertificateFile');
      }
      return file;
    }
    case 'global':
      return text(global, 'advanced.tls.domainCertificate') || undefined;
    default:
      // "Do not use" trusts the system store; "Generate self-signed" concerns our own certificate,
      // which SIP over WebSocket does not present, so it changes nothing here either.
      return undefined;
  }
}

export function accountConfigFrom(input: AccountConfigInput): AccountConfig {
  const { settings } = input;
  const domain = text(settings, 'credentials.domain');
  const userName = text(settings, 'credentials.userName');
  if (!domain) throw configError('noDomain');
  if (!userName) throw configError('noUserName');
  const transport = text(settings, 'network.transport') || 'wss';
  if (transport !== 'wss') {
    throw configError('transportUnsupported', { transport: transport.toUpperCase() });
  }
  splitHostPort(domain); // validates
  const proxy = text(settings, 'optionalCredentials.outboundProxy');
  const wsUrl = text(settings, ACCOUNT_WS_URL_KEY);
  const server = wsUrl || deriveServerUrl(proxy || domain);
  if (!/^wss?:\/\/[^/\s]/i.test(server)) {
    throw configError('notWebSocket', { server });
  }
  return {
    accountId: input.accountId,
    aor: `sip:${escapeSipUser(userName)}@${domain}`,
    authorizationUserName: text(settings, 'optionalCredentials.authorizationUserName') || userName,
    password: input.password ?? '',
    displayName: text(settings, 'functions.displayName'),
    server,
    routeSet: proxy ? [`<sip:${proxy};lr>`] : [],
    registrationExpirySeconds: integer(settings, 'network.registrationExpirySeconds', 3600),
    keepAliveSeconds: Math.max(0, integer(settings, 'network.keepAliveSeconds', 30)),
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    tls: tlsSettings(input.global, input.certificatePem),
    ...(input.instanceId ? { instanceId: input.instanceId } : {}),
  };
}

/** accountConfigFrom() after reading the configured certificate; throws AccountConfigError. */
export async function loadAccountConfig(
  input: Omit<AccountConfigInput, 'certificatePem'>,
  read?: (path: string) => Promise<Buffer>,
): Promise<AccountConfig> {
  const source = certificateSource(input.settings, input.global);
  let certificatePem: string | undefined;
  try {
    certificatePem = source === undefined ? undefined : await loadCertificate(source, read);
  } catch (error) {
    if (error instanceof CertificateError && source !== undefined) throw certificateProblem(error, source);
    throw error;
  }
  return accountConfigFrom({ ...input, certificatePem });
}
