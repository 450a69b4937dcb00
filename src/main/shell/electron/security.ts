import type {
  PermissionCheckHandlerHandlerDetails,
  PermissionRequest,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';

/** Content-Security-Policy for every page the app loads (the renderer has its own meta tag too). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Only what a phone needs: the microphone (audio only), the speaker choice and desktop notifications. */
export const allowedPermissions: ReadonlySet<string> = new Set([
  'media',
  'notifications',
  'speaker-selection',
]);

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A phone rings and plays the far end without a click first.
    autoplayPolicy: 'no-user-gesture-required',
  };
}

/**
 * Whether a URL is the app's own page: of the app:// origin (app-protocol.ts), or the dev server's
 * origin in development. Never a file:// URL: the app loads nothing from file:// (Electron's
 * checklist item 18).
 */
export type AppUrlMatcher = (url: string | undefined) => boolean;

export function appUrlMatcher(rendererUrl: string): AppUrlMatcher {
  const app = new URL(rendererUrl);
  return (url) => {
    if (!url) return false;
    try {
      const target = new URL(url);
      // scheme and host, not URL.origin: Node gives a scheme it doesn't know (app:) the origin "null"
      return target.protocol !== 'file:' && target.protocol === app.protocol && target.host === app.host;
    } catch {
      return false;
    }
  };
}

type SessionPort = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

type RequestDetails = PermissionRequest & { mediaTypes?: readonly string[] };

/**
 * Permission handlers and a CSP header on every response of the app's session. A permission is
 * granted only to the app's own page (a frame that navigated elsewhere, or an embedded one, gets
 * nothing), and media only for audio: the phone never needs a camera or the screen.
 */
export function hardenSession(session: SessionPort, isAppUrl: AppUrlMatcher): void {
  session.setPermissionRequestHandler((contents, permission, callback, details: RequestDetails) => {
    const fromApp = isAppUrl(details.requestingUrl || urlOf(contents));
    const audioOnly =
      permission !== 'media' ||
      (details.mediaTypes !== undefined &&
        details.mediaTypes.length > 0 &&
        details.mediaTypes.every((type) => type === 'audio'));
    callback(fromApp && audioOnly && allowedPermissions.has(permission));
  });
  session.setPermissionCheckHandler(
    (contents, permission, _origin, details: Partial<PermissionCheckHandlerHandlerDetails>) => {
      const fromApp = isAppUrl(details.requestingUrl ?? urlOf(contents));
      const audioOnly = permission !== 'media' || details.mediaType === 'audio';
      return fromApp && audioOnly && allowedPermissions.has(permission);
    },
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}

function urlOf(contents: Pick<WebContents, 'getURL'> | null | undefined): string | undefined {
  try {
    return contents?.getURL();
  } catch {
    return undefined;
  }
}

type WebContentsPort = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No navigation away from the app and no new windows: a link in a contact note
 * or a message must never turn the phone's window into a browser.
 */
export function hardenWebContents(contents: WebContentsPort, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // will-navigate is the main frame's only; a subframe navigates through this one
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The one way to shell.openExternal: only an https address without user info (the sign-in pages of
 * the built-in contact providers) reaches the system browser; anything else is refused, whatever
 * asked for it (Electron's checklist item 15).
 */
export function openExternalSafely(open: (url: string) => Promise<void>, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new Error('Not opened in the browser: not a web address.'));
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') {
    return Promise.reject(
      new Error(`Not opened in the browser: only https addresses are (${parsed.protocol}).`),
    );
  }
  return open(parsed.href);
}
