/**
 * What the user types as "Provisioning server" and what we fetch.
 *
 * - A full http(s) URL is used as it is. Credentials written into it (https://user:pw@host/…) are
 *   taken out: they become the user name and password, and never reach the settings or the status.
 * - A bare PBX address, `host` or `host:port` (also `[v6]:port`), becomes
 *   `https://host[:port]/provisioning`. https because credentials go with the request; the path
 *   follows the example in the setting's help text ("https://pbx.example.com/provisioning"), so what
 *   the user reads there and what a bare address means agree. An administrator whose server uses
 *   another path gives the full URL.
 * - `host/path` without a scheme gets https:// in front.
 * - An access-key link, https://pbx:8448/<key>.cfg (the key is the credential: 16 or more letters,
 *   digits, - or _ before the extension), is fetched without user name and password.
 */
import type { UserText } from '../../shared/contract/user-text';

export const DEFAULT_PROVISIONING_PATH = '/provisioning';

export interface ProvisioningTarget {
  /** What we fetch; no credentials in it. */
  url: string;
  /** For the status and logs: scheme, host and path; an access key is masked. */
  display: string;
  accessKey: boolean;
  /** The access key itself (a credential): kept out of the status and the logs. */
  key?: string;
  /** Credentials that were written into the URL. */
  userName?: string;
  password?: string;
}

/** The address cannot be used; the message says what to change. */
export class ProvisioningUrlError extends Error {
  constructor(
    message: string,
    /** The same as a catalogue code (`codes.provisioningUrl.*`). */
    readonly text?: UserText,
  ) {
    super(message);
    this.name = 'ProvisioningUrlError';
  }
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;
const ACCESS_KEY = /\/([A-Za-z0-9_-]{16,})\.(cfg|xml|json|txt)$/;

export function resolveProvisioningUrl(input: string): ProvisioningTarget {
  const text = input.trim();
  if (!text)
    throw new ProvisioningUrlError(
      'No provisioning server is set. Enter the address your administrator gave you.',
      { key: 'provisioningUrl.noServer', params: {} },
    );
  let candidate: string;
  if (SCHEME.test(text)) candidate = text;
  else if (HOST_PORT.test(text)) candidate = `https://${text}${DEFAULT_PROVISIONING_PATH}`;
  else candidate = `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new ProvisioningUrlError(
      `"${text}" is not a web address. Enter e.g. https://pbx.example.com/provisioning.`,
      { key: 'provisioningUrl.notWebAddress', params: { address: text } },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ProvisioningUrlError(`"${url.protocol}" addresses are not supported; use https://.`, {
      key: 'provisioningUrl.schemeNotSupported',
      params: { scheme: url.protocol },
    });
  }
  const userName = url.username ? decodeURIComponent(url.username) : undefined;
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.username = '';
  url.password = '';
  const key = ACCESS_KEY.exec(url.pathname)?.[1];
  const accessKey = key !== undefined;
  const path = accessKey
    ? url.pathname.replace(ACCESS_KEY, (_all, key: string, ext: string) => `/${key.slice(0, 4)}….${ext}`)
    : url.pathname;
  const target: ProvisioningTarget = { url: url.toString(), display: `${url.origin}${path}`, accessKey };
  if (key !== undefined) target.key = key;
  if (userName !== undefined) target.userName = userName;
  if (password !== undefined) target.password = password;
  return target;
}
