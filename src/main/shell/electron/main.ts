import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, powerMonitor, session } from 'electron';
import { createCore } from '../../core';
import { KeyringSecretStore } from '../../secrets/keyring-secret-store';
import { startElectronApp } from './electron-app';

startElectronApp(
  { app, ipcMain, powerMonitor, session, createWindow: (options) => new BrowserWindow(options) },
  {
    mainDir: dirname(fileURLToPath(import.meta.url)),
    devRendererUrl: process.env['ELECTRON_RENDERER_URL'],
    createCore: (options) =>
      createCore({ ...options, shell: 'electron', secrets: new KeyringSecretStore('Softphone') }),
    onFatal: (message) => dialog.showErrorBox('Softphone could not start', message),
  },
);
