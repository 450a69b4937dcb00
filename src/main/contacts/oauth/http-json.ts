/**
 * One HTTP exchange with a cloud service, bounded in time and size. Network failures become
 * CloudContactsError('network'); the status and the parsed JSON (or undefined when the body is not
 * JSON) go back to the caller, which knows what the API promises.
 */
import { CloudContactsError } from './cloud-contacts-error';

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent as application/x-www-form-urlencoded (RFC 6749 §4.1.3, RFC 7009 §2.1). */
  form?: Record<string, string>;
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
  const timeoutMs = request.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(request.form).toString();
  }
  const host = hostOf(request.url);
  try {
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers,
      ...(body !== undefined ? { body } : {}),
      redirect: 'error',
      signal,
    });
    const text = await readLimited(response, request.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES, request);
    return { status: response.status, headers: response.headers, body: parseJson(text) };
  } catch (error) {
    if (error instanceof CloudContactsError) throw error;
    if (request.signal?.aborted) throw request.signal.reason;
    if (timeout.aborted) {
      throw new CloudContactsError(
        'network',
        `${request.serviceName}: ${host} did not answer within ${Math.round(timeoutMs / 1000)} s. Check the internet connection and try again.`,
        { cause: error },
      );
    }
    throw new CloudContactsError(
      'network',
      `${request.serviceName}: ${host} could not be reached (${networkReason(error)}). Check the internet connection and try again.`,
      { cause: error },
    );
  }
}

async function readLimited(response: Response, maxBytes: number, request: JsonRequest): Promise<string> {
  const tooLarge = (): CloudContactsError =>
    new CloudContactsError(
      'invalid',
      `${request.serviceName}: ${hostOf(request.url)} sent an answer larger than ${maxBytes} bytes, which its API never does. Try again later.`,
    );
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
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
