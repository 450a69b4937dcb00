import type { Session, WebContents, WebPreferences } from 'electron';

/** Content-Security-Policy for every page the app loads (the renderer has its own meta tag too). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "media-src 'self' blob: file:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Only what a phone needs: the microphone/speaker and desktop notifications. */
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

type SessionPort = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** Permission handlers and a CSP header on every response of the app's session. */
export function hardenSession(session: SessionPort): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowedPermissions.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
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
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
