/**
 * The app:// protocol the Electron shell loads its pages from instead of file:// (Electron's security
 * checklist, item 18: a file:// page may read any file the user can). `app://softphone/…` serves only
 * the built renderer's files (renderer-files.ts refuses `..`, encoded or not, and anything outside its
 * folder), with their MIME type and our CSP; every other host, method or path is an error response.
 *
 * Plain Node (the Fetch API's Request and Response): electron-app.ts hands `serveAppRequest` to
 * `protocol.handle`, which is all of this that needs Electron.
 */
import { readRendererFile } from '../renderer-files';
import { contentSecurityPolicy } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'softphone';
/** The origin of every page of the app; CSP's 'self' is this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The main window's page. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * How the scheme is registered (protocol.registerSchemesAsPrivileged, before the app is ready):
 * standard, so that URLs have an origin and relative URLs resolve; secure, so that the page is a
 * secure context (getUserMedia needs one); fetch for the page's own assets. No bypassCSP, no
 * service workers, no CORS to other origins.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** The response to one app:// request: a file of the renderer, or 404/405 as plain text. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refused(404);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refused(404);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405, { Allow: 'GET, HEAD' });
  const file = await readRendererFile(rendererDir, url.pathname);
  if (!file) return refused(404);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function refused(status: 404 | 405, headers: Record<string, string> = {}): Response {
  const text = status === 404 ? 'Not found.' : 'Method not allowed.';
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
  });
}
