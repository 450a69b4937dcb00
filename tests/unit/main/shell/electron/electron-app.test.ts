import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../src/shared/contract';
import type { ElectronPort } from '../../../../../src/main/shell/electron/electron-app';
import { startElectronApp } from '../../../../../src/main/shell/electron/electron-app';
import { FakeApp, FakeBrowserWindow, FakeIpcMain, FakeSession } from './fake-electron';
import { makeMiniCore } from '../../../../support/mini-core';

function setup(createCore = () => Promise.resolve(makeMiniCore())) {
  const app = new FakeApp();
  const ipcMain = new FakeIpcMain();
  const session = new FakeSession();
  const powerMonitor = new EventEmitter();
  const windows: FakeBrowserWindow[] = [];
  const fatal: string[] = [];
  const coreOptions: unknown[] = [];
  const electron = {
    app,
    ipcMain,
    powerMonitor,
    session: { defaultSession: session },
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const window = new FakeBrowserWindow(options);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
  } as unknown as ElectronPort;
  const started = startElectronApp(electron, {
    mainDir: '/app/out/main',
    createCore: (options) => {
      coreOptions.push(options);
      return createCore();
    },
    onFatal: (message) => fatal.push(message),
  });
  return { app, ipcMain, session, powerMonitor, windows, fatal, coreOptions, started };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('startElectronApp', () => {
  it('quits when another instance holds the lock', () => {
    const app = new FakeApp();
    app.lock = false;
    const started = startElectronApp({ app } as unknown as ElectronPort, {
      mainDir: '/x',
      createCore: () => Promise.reject(new Error('must not be called')),
      onFatal: () => undefined,
    });
    expect(started).toBe(false);
    expect(app.quitCalls).toBe(1);
  });

  it('on ready: hardens the session, builds the core in userData, opens one locked-down window wired to IPC', async () => {
    const { app, ipcMain, session, windows, coreOptions } = setup();
    expect(windows).toHaveLength(0);
    app.becomeReady();
    await settle();

    expect(coreOptions).toEqual([
      { dataDir: '/fake/userData', version: '9.9.9', platform: process.platform },
    ]);
    expect(session.permissionRequest).toBeDefined();
    expect(session.headersReceived).toBeDefined();
    expect(windows).toHaveLength(1);
    const window = windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.loadedUrl).toBe('file:///app/out/renderer/index.html');
    expect(ipcMain.handlers.has(ipcChannels.request)).toBe(true);

    const handler = ipcMain.handlers.get(ipcChannels.request)!;
    const response = await handler({ sender: { id: window.webContents.id } }, 'app.info', {});
    expect(response).toMatchObject({ ok: true, result: { version: '9.9.9' } });
  });

  it('focuses and restores the existing window on a second launch', async () => {
    const { app, windows } = setup();
    app.becomeReady();
    await settle();
    const window = windows[0]!;
    window.minimized = true;
    app.emit('second-instance');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
  });

  it('closes the core when the app quits and unwires IPC when the window closes', async () => {
    const core = makeMiniCore();
    const { app, ipcMain, windows } = setup(() => Promise.resolve(core));
    app.becomeReady();
    await settle();
    windows[0]!.emit('closed');
    expect(ipcMain.handlers.has(ipcChannels.request)).toBe(false);
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(1);
    let prevented = 0;
    app.emit('will-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    expect(core.closed).toBe(1);
    await settle();
    // Once the core has closed the shell quits again, and this time lets it through.
    expect(app.quitCalls).toBe(2);
    app.emit('will-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });

  it('reports a start failure and exits', async () => {
    const { app, fatal, windows } = setup(() =>
      Promise.reject(new Error('database is from a newer version')),
    );
    app.becomeReady();
    await settle();
    expect(fatal).toEqual(['database is from a newer version']);
    expect(app.exitCode).toBe(1);
    expect(windows).toHaveLength(0);
  });

  it('re-registers after sleep and after the screen is unlocked', async () => {
    const core = makeMiniCore();
    const { app, powerMonitor } = setup(() => Promise.resolve(core));
    app.becomeReady();
    await settle();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(core.sip.resumedCalls).toBe(1);
    expect(core.sip.networkChanges).toBe(1);
  });
});
