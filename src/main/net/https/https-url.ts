/**
 * The address to fetch as the user typed it: checked (https, or http only when allowed), credentials
 * taken out of it so they are sent only after a challenge and never shown or logged.
 */
import { HttpsFetchError } from './https-fetch-error';

export interface FetchUrl {
  /** The URL without userinfo: what is requested and shown. */
  url: URL;
  /** From `https://user:pw@host/`, decoded; undefined when the URL had none. */
  userName?: string | undefined;
  password?: string | undefined;
}

/** The URL without user name and password, for status display and messages. */
export function describeServer(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL: still never show what looks like credentials
    return String(url).replace(/\/\/[^/@\s]*@/, '//');
  }
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

function decoded(part: string): string | undefined {
  if (part === '') return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseFetchUrl(text: string, allowInsecureHttp: boolean): FetchUrl {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new HttpsFetchError(
      'config',
      (w) => `"${describeServer(text)}" is not a valid ${w.address}. Enter it as https://server/path.`,
      undefined,
      { key: 'fetch.invalidAddress', params: { url: describeServer(text) } },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new HttpsFetchError(
      'config',
      (w) => `${describeServer(url)} is not a web address. Enter the ${w.address} as https://server/path.`,
      undefined,
      { key: 'fetch.notWebAddress', params: { url: describeServer(url) } },
    );
  }
  const userName = decoded(url.username);
  const password = decoded(url.password);
  url.username = '';
  url.password = '';
  if (url.protocol === 'http:' && !allowInsecureHttp) {
    const href = url.href;
    throw new HttpsFetchError(
      'insecure',
      (w) =>
        `${href} is not encrypted (http). Use an https:// address, or, only if your administrator asks for it, turn on ${w.allowInsecureHttpSetting}.`,
      undefined,
      { key: 'fetch.plainHttp', params: { url: href } },
    );
  }
  return { url, userName, password };
}
