/**
 * One HTTP exchange with a cloud service, bounded in time and size. Network failures become
 * CloudContactsError('network'); the status and the parsed JSON (or undefined when the body is not
 * JSON) go back to the caller, which knows what the API promises.
 */
import { CloudContactsError, cloudError } from './cloud-contacts-error';

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** For messages: "Google Contacts". */
  serviceName: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body; undefined when it is empty or not JSON. */
  body: unknown;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** One page of contacts is well below this; a larger answer is not one the API sends. */
export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

export async function requestJson(request: JsonRequest): Promise<JsonResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  const response = await boundedFetch(
    request.url,
    { method: request.method ?? 'GET', headers, redirect: 'error' },
    request,
  );
  return { status: response.status, headers: response.headers, body: parseJson(await response.text()) };
}

export interface BoundedFetchOptions {
  /** For messages: "Google Contacts". */
  serviceName: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * fetch() within a time and a size limit. The body is read here, so the returned Response holds it
 * in memory and no slow or endless answer reaches the caller. Also oauth4webapi's customFetch.
 */
export async function boundedFetch(
  url: string,
  init: RequestInit,
  options: BoundedFetchOptions,
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signals = [timeout, options.signal, init.signal].filter((s): s is AbortSignal => !!s);
  const host = hostOf(url);
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const body = await readLimited(response, maxBytes, { service: options.serviceName, host });
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    if (error instanceof CloudContactsError) throw error;
    const callerSignal = [options.signal, init.signal].find((s) => s?.aborted);
    if (callerSignal) throw callerSignal.reason;
    if (timeout.aborted) {
      throw cloudError(
        'network',
        'cloud.noAnswer',
        { service: options.serviceName, host, seconds: Math.round(timeoutMs / 1000) },
        { cause: error },
      );
    }
    throw cloudError(
      'network',
      'cloud.unreachable',
      { service: options.serviceName, host, reason: networkReason(error).slice(0, 200) },
      { cause: error },
    );
  }
}

/** Statuses whose Response must not have a body (Fetch standard "null body status"). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

async function readLimited(
  response: Response,
  maxBytes: number,
  who: { service: string; host: string },
): Promise<Uint8Array> {
  const tooLarge = (): CloudContactsError =>
    cloudError('invalid', 'cloud.answerTooLarge', { ...who, max: maxBytes });
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/** A plain object (JSON `{}`), not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `value[key]`, or undefined when it is absent or not a string. */
export function stringField(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}
