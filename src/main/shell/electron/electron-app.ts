import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMain,
  PowerMonitor,
  Session,
} from 'electron';
import type { Core, CoreOptions } from '../../core';
import { connectIpc } from './ipc-adapter';
import { createMainWindow } from './main-window';
import { hardenSession } from './security';

/** The parts of Electron the shell uses; the real module in main.ts, a recording fake in tests. */
export interface ElectronPort {
  app: Pick<
    App,
    'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'on' | 'getPath' | 'getVersion' | 'exit'
  >;
  ipcMain: Pick<IpcMain, 'handle' | 'on' | 'removeHandler' | 'removeListener'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  session: { defaultSession: Parameters<typeof hardenSession>[0] & Partial<Session> };
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
}

export interface ElectronAppOptions {
  /** Folder of the built app (out/main). */
  mainDir: string;
  /** electron-vite's dev server in development. */
  devRendererUrl?: string;
  createCore(options: Pick<CoreOptions, 'dataDir' | 'version' | 'platform'>): Promise<Core>;
  onFatal(message: string): void;
}

/**
 * App lifecycle: one instance only (a second launch focuses the first), the
 * core built once the app is ready, the main window wired to it over IPC.
 */
export function startElectronApp(electron: ElectronPort, options: ElectronAppOptions): boolean {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  let window: BrowserWindow | undefined;
  let core: Core | undefined;

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', (event) => {
    // Deregistering needs a moment: hold the quit until the core has closed (bounded in the core).
    if (closed || !core) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  void app
    .whenReady()
    .then(async () => {
      hardenSession(electron.session.defaultSession);
      core = await options.createCore({
        dataDir: app.getPath('userData'),
        version: app.getVersion(),
        platform: process.platform,
      });
      window = createMainWindow((o) => electron.createWindow(o), {
        preloadPath: join(options.mainDir, '..', 'preload', 'index.cjs'),
        rendererUrl:
          options.devRendererUrl ?? pathToFileURL(join(options.mainDir, '..', 'renderer', 'index.html')).href,
      });
      // After sleep the PBX has usually forgotten us and the WebSocket is dead: re-register at once.
      const resumed = core.sip;
      electron.powerMonitor.on('resume', () => resumed.resumed());
      electron.powerMonitor.on('unlock-screen', () => resumed.networkChanged());
      const disconnect = connectIpc(electron.ipcMain, core, window.webContents);
      window.on('closed', () => {
        disconnect();
        window = undefined;
      });
    })
    .catch((error: unknown) => {
      options.onFatal(error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
  return true;
}
