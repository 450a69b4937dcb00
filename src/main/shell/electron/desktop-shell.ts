import type {
  App,
  BrowserWindow,
  MenuItemConstructorOptions,
  NativeImage,
  NotificationConstructorOptions,
} from 'electron';
import type { AutostartFiles } from '../../desktop/autostart';
import { AutostartController, launchedHidden } from '../../desktop/autostart';
import { callsInProgress } from '../../desktop/call-events';
import type { DesktopCore, DesktopEmit } from '../../desktop/desktop-controller';
import { DesktopController } from '../../desktop/desktop-controller';
import type { PresenceModel } from '../../desktop/presence';
import { ProtocolHandlers } from '../../desktop/protocol-handlers';
import type { ShortcutPort } from '../../desktop/shortcut-controller';
import type { TrayIcon } from '../../desktop/tray-view';
import type { UpdaterPort } from '../../desktop/update-controller';
import type { NotificationLike } from './notification-adapter';
import { createNotifierPort } from './notification-adapter';
import type { TrayLike } from './tray-adapter';
import { createTrayPort } from './tray-adapter';
import type { ShowMessageBox } from './update-prompts';
import { confirmQuitDuringCall, promptUpdateReady } from './update-prompts';

/** The Electron surface the desktop integration uses; the real modules in main.ts, fakes in tests. */
export interface DesktopElectronPort {
  createTray(image: NativeImage): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): unknown;
  /** resources/tray/tray-<icon>.png as a NativeImage. */
  trayImage(icon: TrayIcon): NativeImage;
  createNotification(options: NotificationConstructorOptions): NotificationLike;
  notificationsSupported(): boolean;
  globalShortcut: ShortcutPort & { unregisterAll(): void };
  /** Electron 45's clipboard.readText is asynchronous. */
  clipboard: { readText(): string | Promise<string> };
  showMessageBox: ShowMessageBox;
  /** electron-updater's autoUpdater; absent where it cannot update (development, a deb install). */
  updater?: UpdaterPort;
  argv: readonly string[];
  platform: string;
  /** The program a login item starts ($APPIMAGE for an AppImage). */
  execPath: string;
  linuxAutostartDir: string;
  files: AutostartFiles;
}

export type DesktopApp = Pick<
  App,
  | 'getLocale'
  | 'setLoginItemSettings'
  | 'getLoginItemSettings'
  | 'setAsDefaultProtocolClient'
  | 'removeAsDefaultProtocolClient'
  | 'quit'
  | 'isPackaged'
>;

export type DesktopWindow = Pick<
  BrowserWindow,
  | 'show'
  | 'hide'
  | 'focus'
  | 'minimize'
  | 'restore'
  | 'isVisible'
  | 'isMinimized'
  | 'isFocused'
  | 'setAlwaysOnTop'
  | 'flashFrame'
  | 'on'
>;

export interface DesktopShellOptions {
  app: DesktopApp;
  core: DesktopCore;
  window: DesktopWindow;
  presence: PresenceModel;
  log(message: string): void;
  emit?: DesktopEmit;
}

/**
 * Builds the DesktopController from Electron objects: tray, notifications,
 * login item, protocol handlers, updater, global shortcuts, dialogs, and the
 * main window's close/minimise/focus events. Call `firstShow` on ready-to-show.
 */
export function startDesktop(
  port: DesktopElectronPort,
  options: DesktopShellOptions,
): { controller: DesktopController; firstShow(): void; dispose(): void } {
  const { app, window } = options;
  const tray = createTrayPort({
    createTray: (image) => port.createTray(image),
    buildMenu: (template) => port.buildMenu(template),
    image: (icon) => port.trayImage(icon),
    onCommand: (command) => controller.trayCommand(command),
    onClick: () => controller.trayCommand('toggleWindow'),
  });
  const controller: DesktopController = new DesktopController({
    core: options.core,
    presence: options.presence,
    window,
    tray,
    notifier: createNotifierPort({
      create: (o) => port.createNotification(o),
      isSupported: () => port.notificationsSupported(),
      platform: port.platform,
    }),
    autostart: new AutostartController({
      platform: port.platform,
      isPackaged: app.isPackaged,
      execPath: port.execPath,
      linuxAutostartDir: port.linuxAutostartDir,
      loginItems: app,
      files: port.files,
    }),
    protocols: new ProtocolHandlers(app, app.isPackaged, port.execPath),
    ...(port.updater ? { updater: port.updater } : {}),
    shortcuts: port.globalShortcut,
    readClipboard: () => port.clipboard.readText(),
    confirmQuit: (language) => confirmQuitDuringCall(port.showMessageBox, language),
    promptUpdate: (version, language) =>
      promptUpdateReady(
        port.showMessageBox,
        version,
        language,
        callsInProgress(options.core.calls.list()) > 0,
        () => controller.installUpdate(),
      ),
    quit: () => app.quit(),
    systemLocale: app.getLocale(),
    isPackaged: app.isPackaged,
    scheduler: {
      every: (ms, run) => {
        const timer = setInterval(run, ms);
        timer.unref();
        return () => clearInterval(timer);
      },
    },
    log: (message) => options.log(message),
    ...(options.emit ? { emit: options.emit } : {}),
  });
  window.on('close', (event) => controller.window.onClose(event));
  window.on('minimize', () => controller.window.onMinimize());
  window.on('focus', () => controller.windowFocused());
  window.on('show', () => controller.refreshTray());
  window.on('hide', () => controller.refreshTray());
  controller.start();
  // macOS passes no arguments to login items: a start at login is the hidden start there.
  const hidden = launchedHidden(
    port.argv,
    port.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
  );
  return {
    controller,
    firstShow: () => {
      controller.window.firstShow(hidden);
      controller.refreshTray();
    },
    dispose: () => {
      controller.stop();
      port.globalShortcut.unregisterAll();
      tray.destroy();
    },
  };
}
