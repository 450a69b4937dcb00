import { join } from 'node:path';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMain,
  PowerMonitor,
  Protocol,
  Session,
} from 'electron';
import type { ShortcutStatus, UpdateStatus } from '../../../shared/contract/desktop';
import { findCallLinkInArgv } from '../../../shared/links/find-call-link-in-argv';
import type { CoreOptions, ElectronShellCore, ShellCore } from '../../core';
import type { DesktopElectronPort } from './desktop-shell';
import { startDesktop } from './desktop-shell';
import { APP_PAGE_URL, APP_SCHEME, appSchemePrivileges, serveAppRequest } from './app-protocol';
import { connectIpc } from './ipc-adapter';
import { createMainWindow } from './main-window';
import { appUrlMatcher, hardenSession } from './security';

/** The parts of Electron the shell uses; the real module in main.ts, a recording fake in tests. */
export interface ElectronPort {
  app: Pick<
    App,
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'whenReady'
    | 'on'
    | 'getPath'
    | 'getVersion'
    | 'exit'
    | 'getLocale'
    | 'setLoginItemSettings'
    | 'getLoginItemSettings'
    | 'setAsDefaultProtocolClient'
    | 'removeAsDefaultProtocolClient'
    | 'isPackaged'
  >;
  ipcMain: Pick<IpcMain, 'handle' | 'on' | 'removeHandler' | 'removeListener'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  /** The app:// protocol the pages are served by (app-protocol.ts). */
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Parameters<typeof hardenSession>[0] & Partial<Session> };
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  /** Tray, notifications, login item, updater, shortcuts, dialogs. */
  desktop: DesktopElectronPort;
}

/** Where a link (sip:, sips:, tel:, callto:) reached the app. */
export type LinkSource = 'cold-start' | 'second-instance' | 'open-url';

export interface ElectronAppOptions {
  /** Folder of the built app (out/main). */
  mainDir: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); ignored in a packaged app. */
  devRendererUrl?: string;
  createCore(options: Pick<CoreOptions, 'dataDir' | 'version' | 'platform'>): Promise<ElectronShellCore>;
  onFatal(message: string): void;
}

/**
 * App lifecycle: one instance only (a second launch focuses the first), the
 * core built once the app is ready, the main window wired to it over IPC, and
 * the desktop integration (tray, close-to-tray, notifications, autostart,
 * updates, shortcuts). Closing the window never ends registration: only Quit.
 */
export function startElectronApp(electron: ElectronPort, options: ElectronAppOptions): boolean {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  let window: BrowserWindow | undefined;
  let core: ElectronShellCore | undefined;
  let desktop: ReturnType<typeof startDesktop> | undefined;

  // LINKS HOOK: links that arrive before the core is ready wait here.
  const pendingLinks: [readonly string[], LinkSource][] = [[electron.desktop.argv.slice(1), 'cold-start']];
  const deliverLinks = (raw: readonly string[], source: LinkSource) => {
    if (!core) pendingLinks.push([raw, source]);
    else handleLinks(core, raw, source);
  };
  // macOS delivers links as 'open-url', possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliverLinks([url], 'open-url');
  });

  app.on('second-instance', (_event, argv) => {
    // LINKS HOOK: Windows and Linux start a second process with the link in its argv.
    deliverLinks(argv.slice(1), 'second-instance');
    if (desktop) desktop.controller.window.showAndFocus();
    else if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
  });

  // macOS: a click on the dock icon brings the hidden window back.
  app.on('activate', () => desktop?.controller.window.showAndFocus());
  // The phone lives in the tray: the last window closing is not a reason to quit.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => desktop?.controller.quit.onBeforeQuit(event));
  let closed = false;
  app.on('will-quit', (event) => {
    // Deregistering needs a moment: hold the quit until the core has closed (bounded in the core).
    if (closed || !core) return;
    event.preventDefault();
    desktop?.dispose();
    desktop = undefined;
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  // The window gets the whole API: a packaged app loads only its own files, whatever the environment says,
  // and from app://, never file:// (Electron's checklist item 18).
  const devUrl = options.devRendererUrl === '' ? undefined : options.devRendererUrl;
  const devUrlIgnored = app.isPackaged && devUrl !== undefined;
  const rendererUrl = (app.isPackaged ? undefined : devUrl) ?? APP_PAGE_URL;
  const rendererDir = join(options.mainDir, '..', 'renderer');
  // only before 'ready' (Electron's rule for privileged schemes)
  electron.protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  void app
    .whenReady()
    .then(async () => {
      electron.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
      const isAppUrl = appUrlMatcher(rendererUrl);
      hardenSession(electron.session.defaultSession, isAppUrl);
      const ready = await options.createCore({
        dataDir: app.getPath('userData'),
        version: app.getVersion(),
        platform: process.platform,
      });
      core = ready;
      if (devUrlIgnored) ready.logger.warn('ELECTRON_RENDERER_URL is ignored in a packaged app');
      const mainWindow = createMainWindow((o) => electron.createWindow(o), {
        preloadPath: join(options.mainDir, '..', 'preload', 'index.cjs'),
        rendererUrl,
        onReadyToShow: () => desktop?.firstShow(),
      });
      window = mainWindow;
      desktop = startDesktop(electron.desktop, {
        app,
        core: ready,
        window: mainWindow,
        presence: ready.presence,
        log: (message) => ready.logger.warn(message),
        // presence.changed comes from the core itself; updates and shortcuts are reported through it.
        emit: (event: string, payload: unknown) => {
          if (event === 'updates.changed') ready.desktop.reportUpdate(payload as UpdateStatus);
          else if (event === 'shortcuts.changed') ready.desktop.reportShortcuts(payload as ShortcutStatus);
        },
      });
      const controller = desktop.controller;
      ready.desktop.setInstaller(() => controller.installUpdate() ?? ready.desktop.updateStatus());
      // After sleep the PBX has usually forgotten us and the WebSocket is dead: re-register at once.
      const resumed = ready.sip;
      electron.powerMonitor.on('resume', () => resumed.resumed());
      electron.powerMonitor.on('unlock-screen', () => resumed.networkChanged());
      const disconnect = connectIpc(electron.ipcMain, ready, mainWindow.webContents, isAppUrl);
      mainWindow.on('closed', () => {
        disconnect();
        window = undefined;
      });
      for (const [raw, source] of pendingLinks.splice(0)) deliverLinks(raw, source);
      // Links dial (or ask) once an account can dial; the renderer lists waiting ones when it loads.
      void ready.links.ready();
    })
    .catch((error: unknown) => {
      options.onFatal(error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
  return true;
}

/** A link from the command line (cold start, second instance) or macOS open-url, to the core's handler. */
function handleLinks(core: ShellCore, raw: readonly string[], source: LinkSource): void {
  const link = source === 'open-url' ? raw[0] : findCallLinkInArgv(raw);
  if (link) void core.links.handle(link, source === 'cold-start' ? 'argv' : source);
}
