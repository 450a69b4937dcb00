// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security, "Checklist:
// Security recommendations"), item by item, against the real shell: the app is started through its
// ElectronPort with recording fakes, and every window it creates, the session handlers it installs,
// the CSP it sends, the IPC it accepts, the fuses it packages with and the preload's surface are
// checked. Each item is one test that fails when the setting regresses (e.g. sandbox: false).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../../src/main/core';
import { buildAuthorizationUrl } from '../../../../../src/main/contacts/oauth/authorization-url';
import {
  googleOAuthProvider,
  microsoftOAuthProvider,
} from '../../../../../src/main/contacts/oauth/oauth-provider';
import type { ElectronPort } from '../../../../../src/main/shell/electron/electron-app';
import { startElectronApp } from '../../../../../src/main/shell/electron/electron-app';
import { contentSecurityPolicy, openExternalSafely } from '../../../../../src/main/shell/electron/security';
import { eventNames, ipcChannels, mediaNames, requestNames } from '../../../../../src/shared/contract';
import {
  FakeApp,
  FakeBrowserWindow,
  FakeIpcMain,
  FakeProtocol,
  FakeSession,
  FakeTray,
} from './fake-electron';
import { makeDesktopCore } from './desktop-core';
import { makeTempDir } from '../../../../support/temp-dir';

const root = process.cwd();
/** A built app's folders (out/main, out/renderer) with a page, and a file next to them it must not serve. */
const built = makeTempDir();
afterAll(() => built.cleanup());
const MAIN_DIR = join(built.dir, 'out', 'main');
const RENDERER_DIR = join(built.dir, 'out', 'renderer');
mkdirSync(join(RENDERER_DIR, 'assets'), { recursive: true });
writeFileSync(join(RENDERER_DIR, 'index.html'), '<!doctype html>');
writeFileSync(join(RENDERER_DIR, 'assets', 'index.js'), 'start()');
writeFileSync(join(built.dir, 'out', 'secret.txt'), 'outside');
const APP_PAGE = 'app://softphone/index.html';
/** The renderer's page as a file:// URL: what the app must never load (checklist item 18). */
const FILE_PAGE = `file://${join(RENDERER_DIR, 'index.html')}`;

/** The packaged app started through its ElectronPort, up to its main window. */
async function startedApp() {
  const app = new FakeApp();
  app.isPackaged = true;
  const session = new FakeSession();
  const protocol = new FakeProtocol(() => app.isReady);
  const ipcMain = new FakeIpcMain();
  const windows: FakeBrowserWindow[] = [];
  const electron = {
    app,
    ipcMain,
    powerMonitor: new EventEmitter(),
    protocol,
    session: { defaultSession: session },
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const window = new FakeBrowserWindow(options);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    desktop: {
      createTray: (image: unknown) => new FakeTray(image),
      buildMenu: (template: unknown) => ({ template }),
      trayImage: (icon: string) => `image:${icon}`,
      createNotification: () => new EventEmitter(),
      notificationsSupported: () => false,
      globalShortcut: { register: () => true, unregister: () => undefined, unregisterAll: () => undefined },
      clipboard: { readText: () => '' },
      showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
      argv: ['/opt/softphone/softphone'],
      platform: 'linux',
      execPath: '/opt/softphone/softphone',
      linuxAutostartDir: '/home/u/.config/autostart',
      files: { write: () => undefined, remove: () => undefined },
    },
  } as unknown as ElectronPort;
  const core = makeDesktopCore().core as unknown as Core;
  startElectronApp(electron, {
    mainDir: MAIN_DIR,
    // whatever the environment says, a packaged app loads only its own files
    devRendererUrl: 'https://evil.example/',
    createCore: () => Promise.resolve(core),
    onFatal: (message) => {
      throw new Error(message);
    },
  });
  app.becomeReady();
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  if (windows.length === 0) throw new Error('the app created no window');
  return { app, session, protocol, ipcMain, windows, main: windows[0]! };
}

type App = Awaited<ReturnType<typeof startedApp>>;

/** Every window's webPreferences, as the app passed them to BrowserWindow. */
function preferencesOf(app: App): WebPreferences[] {
  return app.windows.map((window) => window.options.webPreferences ?? {});
}

/** A CSP as directive → sources (lower-case names, sources as written). */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern a fetch directive (CSP 3 §6.8.3: its own, else script-src/default-src). */
function effective(csp: Map<string, string[]>, directive: string): string[] {
  const fallbacks: Record<string, string[]> = {
    'script-src-elem': ['script-src'],
    'script-src-attr': ['script-src'],
    'worker-src': ['child-src', 'script-src'],
    'frame-src': ['child-src'],
  };
  for (const name of [directive, ...(fallbacks[directive] ?? []), 'default-src']) {
    const sources = csp.get(name);
    if (sources) return sources;
  }
  return ['*'];
}

function rendererMetaCsp(): string {
  const html = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error('src/renderer/index.html has no CSP meta tag');
  return match[1]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('Electron security checklist', () => {
  let app: App;
  beforeAll(async () => {
    app = await startedApp();
  });

  const permission = (name: string, requestingUrl: string, extra: Record<string, unknown> = {}) => {
    let granted: boolean | undefined;
    app.session.permissionRequest!(null, name, (g: boolean) => (granted = g), { requestingUrl, ...extra });
    return granted;
  };
  const navigates = (event: string, ...args: unknown[]) => {
    let prevented = false;
    const details = { preventDefault: () => (prevented = true) };
    app.main.webContents.emit(event, Object.assign(details, args[1] ?? {}), args[0]);
    return !prevented;
  };

  it('1. only secure content: the packaged app loads its own app:// page, never a remote page; the CSP allows no http(s) source', () => {
    expect(app.windows.map((window) => window.loadedUrl)).toEqual([APP_PAGE]);
    for (const policy of [contentSecurityPolicy, rendererMetaCsp()]) {
      for (const [name, sources] of parseCsp(policy)) {
        for (const source of sources) {
          // ws://127.0.0.1 is the web shell's own contract socket (meta tag only)
          if (name === 'connect-src' && source === 'ws://127.0.0.1:*') continue;
          expect(source, `${name} ${source}`).not.toMatch(/^(?:https?:|wss?:|\*)/);
        }
      }
    }
  });

  it('2. no Node.js integration in any window, worker or subframe', () => {
    for (const preferences of preferencesOf(app)) {
      expect(preferences.nodeIntegration).toBe(false);
      expect(preferences.nodeIntegrationInWorker).toBe(false);
      expect(preferences.nodeIntegrationInSubFrames).toBe(false);
    }
  });

  it('3. context isolation in every window, with our preload only', () => {
    for (const preferences of preferencesOf(app)) {
      expect(preferences.contextIsolation).toBe(true);
      expect(preferences.preload).toBe(join(MAIN_DIR, '..', 'preload', 'index.cjs'));
    }
  });

  it('4. process sandboxing in every window; the preload is one CommonJS file, as the sandbox requires', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.sandbox).toBe(true);
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/preload:[\s\S]*format: 'cjs'[\s\S]*inlineDynamicImports: true/);
  });

  it('5. session permission handlers: our page gets the microphone and notifications, nothing else; another origin nothing', () => {
    const foreign = 'https://evil.example/';
    expect(permission('media', APP_PAGE, { mediaTypes: ['audio'] })).toBe(true);
    expect(permission('notifications', APP_PAGE)).toBe(true);
    expect(permission('media', APP_PAGE, { mediaTypes: ['video'] })).toBe(false);
    expect(permission('media', APP_PAGE, { mediaTypes: ['audio', 'video'] })).toBe(false);
    for (const name of ['geolocation', 'display-capture', 'clipboard-read', 'openExternal', 'hid', 'usb'])
      expect(permission(name, APP_PAGE), name).toBe(false);
    for (const name of ['media', 'notifications', 'geolocation', 'speaker-selection'])
      expect(permission(name, foreign, { mediaTypes: ['audio'] }), name).toBe(false);
    expect(permission('notifications', 'file:///tmp/other.html')).toBe(false);
    expect(permission('notifications', FILE_PAGE)).toBe(false);
    const check = (name: string, requestingUrl: string, extra = {}) =>
      app.session.permissionCheck!(null, name, 'app://softphone', { requestingUrl, ...extra });
    expect(check('media', APP_PAGE, { mediaType: 'audio' })).toBe(true);
    expect(check('media', APP_PAGE, { mediaType: 'video' })).toBe(false);
    expect(check('geolocation', APP_PAGE)).toBe(false);
    expect(check('media', foreign, { mediaType: 'audio' })).toBe(false);
    expect(check('notifications', foreign)).toBe(false);
  });

  it('6. webSecurity is not disabled', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.webSecurity).toBe(true);
  });

  it("7. a CSP on every response and in the page: scripts only from 'self', no inline or eval, no objects, no framing", () => {
    let headers: Record<string, string[]> = {};
    app.session.headersReceived!(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders),
    );
    // ours replaces whatever a response brought
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    for (const [where, policy] of [
      ['header', contentSecurityPolicy],
      ['meta tag', rendererMetaCsp()],
    ] as const) {
      const csp = parseCsp(policy);
      expect(csp.get('default-src'), where).toEqual(["'self'"]);
      for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
        const sources = effective(csp, directive);
        expect(sources, `${where} ${directive}`).toEqual(["'self'"]);
      }
      for (const directive of ['style-src', 'frame-src', 'connect-src', 'img-src', 'media-src', 'font-src']) {
        for (const source of effective(csp, directive)) {
          expect(source, `${where} ${directive}`).not.toMatch(/unsafe-/);
          expect(source, `${where} ${directive}`).not.toMatch(/^(?:\*|[a-z]+:\/\/\*)/); // no host wildcard
        }
      }
      // a custom ringtone plays from a blob: URL main made from the file's bytes; no page reads file:
      expect(effective(csp, 'media-src'), where).toEqual(["'self'", 'blob:']);
      for (const [name, sources] of csp) expect(sources, `${where} ${name}`).not.toContain('file:');
      expect(csp.get('object-src'), where).toEqual(["'none'"]);
      expect(csp.get('base-uri'), where).toEqual(["'none'"]);
      expect(csp.get('form-action'), where).toEqual(["'none'"]);
    }
    // frame-ancestors is ignored in a meta tag (CSP 3 §6.4.2): the header carries it
    expect(parseCsp(contentSecurityPolicy).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('8. allowRunningInsecureContent is off', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.allowRunningInsecureContent).toBe(false);
  });

  it('9. no experimental features', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.experimentalFeatures).not.toBe(true);
  });

  it('10. no enableBlinkFeatures', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.enableBlinkFeatures).toBeUndefined();
  });

  it('11. no <webview> at all (so no allowpopups): the tag is off in every window', () => {
    for (const preferences of preferencesOf(app)) expect(preferences.webviewTag).toBe(false);
  });

  it('12. webview options cannot be set: any attaching webview is prevented', () => {
    expect(navigates('will-attach-webview')).toBe(false);
  });

  it('13. navigation limited to our page, in the main frame, in subframes and through redirects', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(navigates(event, 'https://evil.example/'), event).toBe(false);
      expect(navigates(event, 'file:///etc/passwd'), event).toBe(false);
      expect(navigates(event, FILE_PAGE), event).toBe(false);
      expect(navigates(event, 'app://other/index.html'), event).toBe(false);
      expect(navigates(event, `${APP_PAGE}#/settings`), event).toBe(true);
    }
    const frame = (url: string, isMainFrame: boolean) =>
      navigates('will-frame-navigate', undefined, { url, isMainFrame });
    for (const isMainFrame of [false, true]) {
      expect(frame('https://evil.example/', isMainFrame)).toBe(false);
      expect(frame(FILE_PAGE, isMainFrame)).toBe(false);
      expect(frame('app://other/index.html', isMainFrame)).toBe(false);
      expect(frame(APP_PAGE, isMainFrame)).toBe(true);
    }
  });

  it('14. no new windows: window.open and target=_blank are denied, whatever the URL', () => {
    for (const url of ['https://evil.example/', APP_PAGE, 'sip:1001@pbx.example.com'])
      expect(app.main.webContents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
  });

  it('15. shell.openExternal gets only the sign-in URL of a built-in https provider, never page content', () => {
    // Electron's shell.openExternal is called in main.ts only, handed to the core as openExternal, which
    // only the contacts sign-in calls
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
        .join('\n');
    const files = [...sourceFiles('src/main'), ...sourceFiles('src/preload')];
    const relative = (file: string) => file.slice(root.length + 1);
    expect(files.filter((file) => /shell\.openExternal\b/.test(code(file))).map(relative)).toEqual([
      'src/main/shell/electron/main.ts',
    ]);
    const callers = files.filter((file) => /\bopenExternal\s*(?:\?\.)?\(/.test(code(file))).map(relative);
    expect(callers.sort()).toEqual([
      'src/main/contacts/sources/cloud-runtime.ts',
      'src/main/shell/electron/main.ts',
    ]);
    for (const provider of [googleOAuthProvider(), microsoftOAuthProvider()]) {
      const url = new URL(
        buildAuthorizationUrl(provider, {
          redirectUri: 'http://127.0.0.1:1/',
          state: 's',
          codeChallenge: 'c',
        }),
      );
      expect(url.protocol).toBe('https:');
      expect(url.origin).toBe(new URL(provider.authorizationEndpoint).origin);
    }
    // a link in the page never reaches it: window.open is denied (14), navigation is prevented (13)
  });

  it('15. main.ts opens external addresses only through openExternalSafely: https without user info', async () => {
    expect(readFileSync(join(root, 'src/main/shell/electron/main.ts'), 'utf8')).toMatch(
      /openExternal: \(url\) => openExternalSafely\(\(safe\) => shell\.openExternal\(safe\), url\)/,
    );
    const opened: string[] = [];
    const open = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
    await openExternalSafely(open, 'https://accounts.google.com/o/oauth2/v2/auth?x=1');
    for (const bad of [
      'file:///etc/passwd',
      'smb://host/share',
      'http://example.com/',
      'javascript:alert(1)',
      'https://user:pw@example.com/',
      'not a url',
    ]) {
      await expect(openExternalSafely(open, bad)).rejects.toThrow(/Not opened in the browser/);
    }
    expect(opened).toEqual(['https://accounts.google.com/o/oauth2/v2/auth?x=1']);
  });

  it('16. a current Electron: the installed one is the one package.json asks for, 45 or newer', () => {
    const require = createRequire(import.meta.url);
    const installed = (require('electron/package.json') as { version: string }).version;
    const wanted = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['electron']!;
    const major = (version: string) => Number(/(\d+)\./.exec(version)?.[1]);
    expect(major(installed)).toBe(major(wanted));
    expect(major(installed)).toBeGreaterThanOrEqual(45);
  });

  it('17. IPC senders are validated: only the main window may call the core or answer media requests', async () => {
    const handle = app.ipcMain.handlers.get(ipcChannels.request)!;
    const own = { sender: { id: app.main.webContents.id }, senderFrame: { url: APP_PAGE } };
    const other = { sender: { id: app.main.webContents.id + 1000 }, senderFrame: { url: APP_PAGE } };
    const foreignFrame = {
      sender: { id: app.main.webContents.id },
      senderFrame: { url: 'https://evil.example/' },
    };
    expect(await handle(own, 'app.info', {})).toMatchObject({ ok: true });
    expect(await handle(other, 'app.info', {})).toMatchObject({ ok: false });
    expect(await handle(foreignFrame, 'app.info', {})).toMatchObject({ ok: false });
    for (const url of [FILE_PAGE, 'app://other/index.html']) {
      const frame = { sender: { id: app.main.webContents.id }, senderFrame: { url } };
      expect(await handle(frame, 'app.info', {}), url).toMatchObject({ ok: false });
    }
    expect(await handle(own, 'shell.openExternal', { url: 'https://evil.example' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    // no other channel is listened to
    expect([...app.ipcMain.handlers.keys()]).toEqual([ipcChannels.request]);
    expect([...app.ipcMain.listeners].filter(([, l]) => l.length > 0).map(([c]) => c)).toEqual([
      ipcChannels.mediaResponse,
    ]);
  });

  it('18. a custom protocol, not file://: every page comes from app://, which serves only the renderer folder', async () => {
    // no window loads a file:// URL (loadURL or loadFile: the fake records both)
    for (const window of app.windows) expect(new URL(window.loadedUrl!).protocol).toBe('app:');
    // registered before ready as standard (an origin for 'self') and secure, never bypassing the CSP
    expect(app.protocol.registeredLate).toBe(false);
    const scheme = app.protocol.privileged.find((s) => s.scheme === 'app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme?.privileges).not.toHaveProperty('bypassCSP');
    // the page and its assets, with their types and our CSP
    const page = await app.protocol.fetch(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const script = await app.protocol.fetch('app://softphone/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // nothing outside it: no traversal, however encoded, no other host
    for (const url of [
      'app://softphone/../secret.txt',
      'app://softphone/%2e%2e/secret.txt',
      'app://softphone/assets/..%2f..%2fsecret.txt',
      'app://softphone/..%5csecret.txt',
      'app://other/index.html',
    ])
      expect((await app.protocol.fetch(url)).status, url).toBe(404);
    // file:// gets no navigation and no permission, not even the renderer's own file
    expect(navigates('will-navigate', FILE_PAGE)).toBe(false);
    expect(navigates('will-navigate', 'file:///home/u/.ssh/id_rsa')).toBe(false);
    expect(permission('media', FILE_PAGE, { mediaTypes: ['audio'] })).toBe(false);
    // and the shell has no other way to a file:// page
    const code = sourceFiles('src/main/shell/electron').map((file) => readFileSync(file, 'utf8'));
    for (const text of code) expect(text).not.toMatch(/\bloadFile\(|pathToFileURL|['"`]file:\/\//);
  });

  it('19. fuses: no run-as-node, NODE_OPTIONS or --inspect; only our own, integrity-checked asar', async () => {
    const require = createRequire(import.meta.url);
    const { getConfig } = require('app-builder-lib/out/util/config/config') as {
      getConfig: (dir: string, path: null, options: null) => Promise<Record<string, unknown>>;
    };
    const config = await getConfig(root, null, null);
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config['asar']).not.toBe(false);
  });

  describe('20. no Electron API for the page: window.softphone is request/on/handleMedia for the contract only', () => {
    const exposed: [string, unknown][] = [];
    const ipcListeners = new Map<string, (...args: unknown[]) => void>();
    const ipcCalls: unknown[][] = [];
    const ipcRenderer = {
      invoke: (...args: unknown[]) => {
        ipcCalls.push(['invoke', ...args]);
        return Promise.resolve({ ok: true, result: {} });
      },
      send: (...args: unknown[]) => ipcCalls.push(['send', ...args]),
      on: (channel: string, listener: (...args: unknown[]) => void) => ipcListeners.set(channel, listener),
      removeListener: () => undefined,
    };

    beforeAll(async () => {
      vi.resetModules();
      vi.doMock('electron', () => ({
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
        ipcRenderer,
      }));
      await import('../../../../../src/preload/index');
      vi.doUnmock('electron');
    });

    it('exposes one key, softphone, with exactly three functions', () => {
      expect(exposed.map(([key]) => key)).toEqual(['softphone']);
      const api = exposed[0]![1] as Record<string, unknown>;
      expect(Object.keys(api).sort()).toEqual(['handleMedia', 'on', 'request']);
      for (const value of Object.values(api)) expect(typeof value).toBe('function');
      expect(Object.values(api)).not.toContain(ipcRenderer);
    });

    it("refuses names outside the contract before IPC, and never hands a listener Electron's event", async () => {
      const api = exposed[0]![1] as {
        request: (method: string, params: unknown) => Promise<unknown>;
        on: (event: string, listener: (...args: unknown[]) => void) => void;
        handleMedia: (method: string, handler: () => Promise<unknown>) => void;
      };
      ipcCalls.length = 0;
      expect(await api.request('shell.openExternal', {})).toMatchObject({ ok: false });
      expect(ipcCalls).toEqual([]);
      await api.request(requestNames[0]!, {});
      expect(ipcCalls).toEqual([['invoke', ipcChannels.request, requestNames[0], {}]]);
      expect(() => api.on('ipc-message', () => undefined)).toThrow();
      expect(() => api.handleMedia('shell.exec', () => Promise.resolve({}))).toThrow();
      expect(mediaNames.length).toBeGreaterThan(0);

      const received: unknown[][] = [];
      api.on(eventNames[0]!, (...args) => received.push(args));
      // Electron passes its IpcRendererEvent (with .sender, the ipcRenderer itself) first
      ipcListeners.get(ipcChannels.event)!({ sender: ipcRenderer }, eventNames[0], { some: 'payload' });
      expect(received).toEqual([[{ some: 'payload' }]]);
    });
  });

  it('every BrowserWindow in the shell is built with secureWebPreferences', () => {
    const files = sourceFiles('src/main');
    const windows = files.filter((file) => /new BrowserWindow\(/.test(readFileSync(file, 'utf8')));
    expect(windows.map((file) => file.slice(root.length + 1))).toEqual(['src/main/shell/electron/main.ts']);
    // the only factory call passes through createMainWindow, whose webPreferences are checked above
    const preferences = files.filter((file) => /webPreferences\s*:/.test(readFileSync(file, 'utf8')));
    for (const file of preferences)
      expect(readFileSync(file, 'utf8'), file).toMatch(/webPreferences:\s*secureWebPreferences\(/);
  });
});
