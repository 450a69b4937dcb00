import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  powerMonitor,
  protocol,
  session,
  shell,
} from 'electron';
import electronUpdater from 'electron-updater';
import { createCore } from '../../core';
import { installProcessGuard } from '../../process-guard';
import { KeyringSecretStore } from '../../secrets/keyring-secret-store';
import { startElectronApp } from './electron-app';
import { openExternalSafely } from './security';
import { createUpdaterPort } from './updater-port';

// First, so that nothing that fails from here on is lost or ends the phone without a word.
const guard = installProcessGuard(process, {
  exit: (code, message) => {
    dialog.showErrorBox('Softphone stopped', message);
    app.exit(code);
  },
});

const mainDir = dirname(fileURLToPath(import.meta.url));
// Packaged: electron-builder's extraResources copies resources/tray next to the app; in development the repo's.
const trayDir = app.isPackaged
  ? join(process.resourcesPath, 'tray')
  : join(mainDir, '..', '..', 'resources', 'tray');
// A deb is updated by the package manager; electron-updater serves AppImage, NSIS and dmg installs.
const canSelfUpdate =
  app.isPackaged && (process.platform !== 'linux' || process.env['APPIMAGE'] !== undefined);

startElectronApp(
  {
    app,
    ipcMain,
    powerMonitor,
    protocol,
    session,
    createWindow: (options) => new BrowserWindow(options),
    desktop: {
      createTray: (image) => new Tray(image),
      buildMenu: (template) => Menu.buildFromTemplate(template),
      trayImage: (icon) => nativeImage.createFromPath(join(trayDir, `tray-${icon}.png`)),
      createNotification: (options) => new Notification(options),
      notificationsSupported: () => Notification.isSupported(),
      globalShortcut,
      clipboard,
      showMessageBox: (options) => dialog.showMessageBox(options),
      ...(canSelfUpdate
        ? {
            updater: createUpdaterPort(electronUpdater.autoUpdater, {
              platform: process.platform,
              appUpdateConfig: readAppUpdateConfig(),
            }),
          }
        : {}),
      argv: process.argv,
      platform: process.platform,
      execPath: process.env['APPIMAGE'] ?? process.execPath,
      linuxAutostartDir: join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'autostart'),
      files: {
        write: (path, content) => {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, content, { mode: 0o644 });
        },
        remove: (path) => rmSync(path, { force: true }),
      },
    },
  },
  {
    mainDir,
    devRendererUrl: process.env['ELECTRON_RENDERER_URL'],
    createCore: async (options) => {
      const core = await createCore({
        ...options,
        shell: 'electron',
        secrets: new KeyringSecretStore('Softphone'),
        openExternal: (url) => openExternalSafely((safe) => shell.openExternal(safe), url),
      });
      guard.useLogger(core.logger.child('process'));
      return core;
    },
    onFatal: (message) => dialog.showErrorBox('Softphone could not start', message),
  },
);

/** electron-builder's app-update.yml next to the app: the built-in feed and the update publisher. */
function readAppUpdateConfig(): string | undefined {
  try {
    return readFileSync(join(process.resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return undefined;
  }
}
