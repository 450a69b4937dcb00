import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { appUrlMatcher, hardenWebContents, secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** The built renderer's app:// page (app-protocol.ts), or the dev server's URL in development. */
  rendererUrl: string;
  /** Once the window has painted; shows it when not given (the desktop decides: tray, minimised). */
  onReadyToShow?: () => void;
}

export type BrowserWindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The phone's main window: narrow like a desk phone, locked down, shown once it has painted. */
export function createMainWindow(create: BrowserWindowFactory, options: MainWindowOptions): BrowserWindow {
  const window = create({
    width: 420,
    height: 720,
    minWidth: 360,
    minHeight: 520,
    show: false,
    title: 'Softphone',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(window.webContents, appUrlMatcher(options.rendererUrl));
  window.once('ready-to-show', () => (options.onReadyToShow ? options.onReadyToShow() : window.show()));
  void window.loadURL(options.rendererUrl);
  return window;
}
