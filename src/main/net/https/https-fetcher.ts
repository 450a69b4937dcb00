/**
 * Fetches one file over HTTPS (HTTP only when the user allowed it) with the given TLS settings, Basic
 * or Digest authentication after a challenge (over HTTP only Digest: Basic would hand the password to
 * anyone on the way), bounded redirects, size and time limits. Used for the provisioning file and
 * XML phonebooks. Every failure is an HttpsFetchError whose sentence names the problem in the
 * caller's words and never the password.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from '../../log/logger';
import type { TlsSettings } from '../tls/tls-options';
import { nodeTlsOptions } from '../tls/tls-options';
import { authorizationFor, chooseChallenge, parseChallenges } from './digest-auth';
import type { AuthChallenge } from './digest-auth';
import { connectionFailure, HttpsFetchError } from './https-fetch-error';
import { describeServer, parseFetchUrl } from './https-url';

export interface FetchRequest {
  /** https://server/path; credentials in it are taken out and used like userName/password. */
  url: string;
  userName?: string | undefined;
  password?: string | undefined;
  tls: TlsSettings;
  allowInsecureHttp: boolean;
  /** Largest accepted body; default 1 MiB. */
  maxBytes?: number;
  /** For connecting and the whole answer, redirects included; default 15 s. */
  timeoutMs?: number;
  /** Default 3. */
  maxRedirects?: number;
  /** Warnings (verification off, credentials withheld); default silent. */
  logger?: Logger;
}

export interface FetchedFile {
  text: string;
  /** Where the file came from after redirects, without credentials. */
  finalUrl: string;
  contentType: string | undefined;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 3;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Credentials {
  userName: string;
  password: string;
}

/** One request's answer with the body still unread. */
interface Answer {
  response: IncomingMessage;
  url: URL;
}

/** The state of one fetch across its requests (redirects and the one authentication retry). */
class Fetch {
  private readonly controller = new AbortController();
  private timedOut = false;
  private readonly timer: NodeJS.Timeout;
  private readonly origin: string;
  private readonly credentials: Credentials | undefined;
  /** The challenge we answered: reused for later requests to the same origin. */
  private challenge: AuthChallenge | undefined;
  private nonceCount = 0;

  constructor(
    private readonly request: FetchRequest,
    private url: URL,
    credentials: Partial<Credentials>,
  ) {
    this.origin = url.origin;
    this.credentials =
      credentials.userName !== undefined && credentials.userName !== ''
        ? { userName: credentials.userName, password: credentials.password ?? '' }
        : undefined;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  async run(): Promise<FetchedFile> {
    try {
      return await this.follow();
    } catch (error) {
      if (this.timedOut) throw this.timeoutError();
      throw error;
    } finally {
      clearTimeout(this.timer);
    }
  }

  private async follow(): Promise<FetchedFile> {
    const maxRedirects = this.request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    let redirects = 0;
    for (;;) {
      const { response, url } = await this.authenticated();
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        redirects += 1;
        if (redirects > maxRedirects) {
          throw new HttpsFetchError(
            'redirects',
            (w) =>
              `The ${w.server} ${describeServer(this.request.url)} redirected more than ${maxRedirects} times. Check the address with your administrator.`,
            undefined,
            {
              key: 'fetch.tooManyRedirects',
              params: { url: describeServer(this.request.url), max: maxRedirects },
            },
          );
        }
        this.url = this.redirectTarget(response, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        const reason = response.statusMessage ? ` ${response.statusMessage}` : '';
        throw new HttpsFetchError(
          'http',
          (w) => `The ${w.server} answered ${status}${reason} for ${url.href}. ${advice(status)}`,
          undefined,
          { key: 'fetch.httpStatus', params: { status, reason, url: url.href, advice: adviceKey(status) } },
        );
      }
      const body = await this.readBody(response, url);
      const contentType = response.headers['content-type'];
      return { text: decode(body, contentType), finalUrl: url.href, contentType };
    }
  }

  /** A request, answered once more with credentials when the server challenges it (RFC 7235 §3.1). */
  private async authenticated(): Promise<Answer> {
    const url = this.url;
    const sameOrigin = url.origin === this.origin;
    const sentCredentials = sameOrigin && this.challenge !== undefined;
    const first = await this.send(url, sentCredentials ? this.authorization(url) : undefined);
    if (first.response.statusCode !== 401) return first;
    first.response.resume();
    if (sentCredentials) throw this.refused(url);
    const challenge = this.acceptChallenge(first.response, url, sameOrigin);
    this.challenge = challenge;
    this.nonceCount = 0;
    const second = await this.send(url, this.authorization(url));
    if (second.response.statusCode === 401) {
      second.response.resume();
      throw this.refused(url);
    }
    return second;
  }

  private acceptChallenge(response: IncomingMessage, url: URL, sameOrigin: boolean): AuthChallenge {
    const server = url.href;
    if (!this.credentials) {
      throw new HttpsFetchError(
        'auth',
        (w) => `The ${w.server} ${server} asks for a user name and password. Enter them and try again.`,
        undefined,
        { key: 'fetch.credentialsNeeded', params: { url: server } },
      );
    }
    if (!sameOrigin) {
      this.request.logger?.warn(`not sending credentials to ${url.origin} after a redirect`);
      throw new HttpsFetchError(
        'auth',
        (w) =>
          `The ${w.server} redirected to ${server}, which asks for a password; it is not sent to another server. Ask your administrator for the direct address.`,
        undefined,
        { key: 'fetch.redirectNeedsPassword', params: { url: server } },
      );
    }
    if (url.protocol === 'http:' && !this.request.allowInsecureHttp) {
      // unreachable today (http is refused earlier), kept as the rule's own guard
      throw new HttpsFetchError(
        'insecure',
        (w) =>
          `${server} is not encrypted; the password is not sent. Use an https:// address, or, only if your administrator asks for it, turn on ${w.allowInsecureHttpSetting}.`,
        undefined,
        { key: 'fetch.passwordNotEncrypted', params: { url: server } },
      );
    }
    const challenge = chooseChallenge(parseChallenges(response.headersDistinct['www-authenticate'] ?? []));
    if (!challenge) {
      throw new HttpsFetchError(
        'auth',
        (w) =>
          `The ${w.server} ${server} asks for a kind of login the softphone does not support (only Basic and Digest). Ask your administrator.`,
        undefined,
        { key: 'fetch.unsupportedLogin', params: { url: server } },
      );
    }
    if (url.protocol === 'http:' && challenge.scheme === 'basic') {
      // Basic carries the password itself (RFC 7617 §4): over http anyone on the way could read it.
      // Digest sends only a hash of it, so that one stays possible where http is allowed at all.
      throw new HttpsFetchError(
        'insecure',
        () =>
          `${server} asks for the password in plain text (HTTP Basic) over an unencrypted connection; the softphone does not send it. Use the https:// address, or ask your administrator to switch the server to Digest authentication.`,
        undefined,
        { key: 'fetch.basicOverHttp', params: { url: server } },
      );
    }
    return challenge;
  }

  private authorization(url: URL): string | undefined {
    if (!this.challenge || !this.credentials) return undefined;
    this.nonceCount += 1;
    return authorizationFor(this.challenge, this.credentials, {
      method: 'GET',
      uri: `${url.pathname}${url.search}`,
    });
  }

  private refused(url: URL): HttpsFetchError {
    return new HttpsFetchError(
      'auth',
      (w) =>
        `The ${w.server} ${url.href} did not accept the user name or password. Check them and try again.`,
      undefined,
      { key: 'fetch.credentialsRefused', params: { url: url.href } },
    );
  }

  private redirectTarget(response: IncomingMessage, from: URL): URL {
    const location = response.headers.location;
    let next: URL;
    try {
      if (!location) throw new Error('no Location');
      next = new URL(location, from);
    } catch {
      throw new HttpsFetchError(
        'http',
        (w) =>
          `The ${w.server} ${from.href} answered a redirect without a valid address. Ask your administrator to check the server.`,
        undefined,
        { key: 'fetch.redirectInvalid', params: { url: from.href } },
      );
    }
    next.username = '';
    next.password = '';
    next.hash = '';
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
      throw new HttpsFetchError(
        'http',
        (w) =>
          `The ${w.server} ${from.href} redirected to a non-web address. Ask your administrator to check the server.`,
        undefined,
        { key: 'fetch.redirectNotWeb', params: { url: from.href } },
      );
    }
    // a downgrade would let anyone on the network read or change the file (RFC 9110 §15.4)
    if (from.protocol === 'https:' && next.protocol === 'http:') {
      throw new HttpsFetchError(
        'insecure',
        (w) =>
          `The ${w.server} ${from.href} redirected to an unencrypted address (${next.href}); the softphone does not follow it. Ask your administrator to use https.`,
        undefined,
        { key: 'fetch.redirectDowngrade', params: { url: from.href, target: next.href } },
      );
    }
    return next;
  }

  private send(url: URL, authorization: string | undefined): Promise<Answer> {
    const headers: Record<string, string> = {
      accept: '*/*',
      'user-agent': 'Softphone-Provisioning',
    };
    if (authorization) headers['authorization'] = authorization;
    const common = { method: 'GET', headers, signal: this.controller.signal, agent: false as const };
    return new Promise<Answer>((resolve, reject) => {
      const onResponse = (response: IncomingMessage): void => resolve({ response, url });
      const outgoing =
        url.protocol === 'https:'
          ? httpsRequest(url, { ...common, ...nodeTlsOptions(this.request.tls) }, onResponse)
          : httpRequest(url, common, onResponse);
      outgoing.once('error', (error) => {
        reject(this.timedOut ? this.timeoutError() : connectionFailure(error, url.href));
      });
      outgoing.end();
    });
  }

  private readBody(response: IncomingMessage, url: URL): Promise<Buffer> {
    const maxBytes = this.request.maxBytes ?? DEFAULT_MAX_BYTES;
    const tooLarge = (): HttpsFetchError =>
      new HttpsFetchError(
        'tooLarge',
        (w) =>
          `The ${w.file} at ${url.href} is larger than ${formatBytes(maxBytes)}. Check the address; a ${w.file} is much smaller.`,
        undefined,
        { key: 'fetch.tooLarge', params: { url: url.href, ...byteSize(maxBytes) } },
      );
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      return Promise.reject(tooLarge());
    }
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          response.destroy();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      response.once('end', () => resolve(Buffer.concat(chunks)));
      response.once('error', (error) => {
        reject(this.timedOut ? this.timeoutError() : connectionFailure(error, url.href));
      });
      response.once('close', () => {
        if (!response.complete) {
          reject(
            this.timedOut
              ? this.timeoutError()
              : new HttpsFetchError(
                  'unreachable',
                  (w) =>
                    `The ${w.server} ${url.href} closed the connection before the whole file arrived. Try again.`,
                  undefined,
                  { key: 'fetch.closedEarly', params: { url: url.href } },
                ),
          );
        }
      });
    });
  }

  private timeoutError(): HttpsFetchError {
    const seconds = (this.request.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000;
    const server = this.url.href;
    return new HttpsFetchError(
      'timeout',
      (w) =>
        `The ${w.server} ${server} did not answer within ${seconds} s. Check the address, or try again later.`,
      undefined,
      { key: 'fetch.noAnswerWithin', params: { url: server, seconds } },
    );
  }
}

/** The catalogue's advice for an HTTP error status (`codes.fetchAdvice.<key>`), as advice() words it. */
function adviceKey(status: number): 'notFound' | 'forbidden' | 'serverError' | 'other' {
  if (status === 404 || status === 410) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status >= 500) return 'serverError';
  return 'other';
}

function advice(status: number): string {
  if (status === 404 || status === 410) return 'Check the address.';
  if (status === 403) return 'The server does not allow this user to fetch the file; ask your administrator.';
  if (status >= 500) return 'The server has a problem; try again later or ask your administrator.';
  return 'Check the address, or ask your administrator.';
}

/**
 * A size as a number and its unit (`codes.fetchUnit.<sizeUnit>`), one decimal at most. Not named
 * `unit`: i18next hands the parameters to Intl.NumberFormat, where `unit` means something else.
 */
function byteSize(bytes: number): { size: number; sizeUnit: 'MB' | 'KB' | 'bytes' } {
  if (bytes >= 1024 * 1024) return { size: +(bytes / 1024 / 1024).toFixed(1), sizeUnit: 'MB' };
  if (bytes >= 1024) return { size: +(bytes / 1024).toFixed(1), sizeUnit: 'KB' };
  return { size: bytes, sizeUnit: 'bytes' };
}

function formatBytes(bytes: number): string {
  const { size, sizeUnit } = byteSize(bytes);
  return `${size} ${sizeUnit}`;
}

/** UTF-8 with the BOM removed, unless the server says Latin-1. */
export function decode(body: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'latin-1') {
    return body.toString('latin1');
  }
  const text = body.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export async function fetchHttpsFile(request: FetchRequest): Promise<FetchedFile> {
  const parsed = parseFetchUrl(request.url, request.allowInsecureHttp);
  if (parsed.url.protocol === 'https:' && !request.tls.verifyCertificate) {
    request.logger?.warn(
      `certificate verification is off: fetching ${parsed.url.href} without checking the server's certificate`,
    );
  }
  const credentials = {
    userName: request.userName || parsed.userName,
    password: request.userName ? request.password : parsed.password,
  };
  return new Fetch({ ...request, url: parsed.url.href }, parsed.url, credentials).run();
}
