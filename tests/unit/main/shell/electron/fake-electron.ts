import { pathToFileURL } from 'node:url';
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  NotificationConstructorOptions,
} from 'electron';

/** Records what the shell asks of Electron; small and honest rather than a wholesale mock. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = 0;
  focused = 0;
  restored = 0;
  hidden = 0;
  minimized = false;
  visible = false;
  hasFocus = false;
  alwaysOnTop = false;
  flashing = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  /** Electron's loadFile loads a file:// URL: recorded as one, so that tests see it. */
  loadFile(path: string): Promise<void> {
    this.loadedUrl = pathToFileURL(path).href;
    return Promise.resolve();
  }
  show(): void {
    this.shown++;
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.hidden++;
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused++;
    this.hasFocus = true;
  }
  minimize(): void {
    this.minimized = true;
    this.emit('minimize');
  }
  restore(): void {
    this.restored++;
    this.minimized = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.hasFocus;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
  /** What the user's click on the title bar's close button does; true if the window really closes. */
  userCloses(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type Handler = (...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Handler[]>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  on(channel: string, listener: Handler): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  removeListener(channel: string, listener: Handler): this {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(...args);
  }
}

export class FakeSession {
  permissionRequest: Handler | undefined;
  permissionCheck: Handler | undefined;
  headersReceived: Handler | undefined;
  readonly webRequest = {
    onHeadersReceived: (handler: Handler) => {
      this.headersReceived = handler;
    },
  };
  setPermissionRequestHandler(handler: Handler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheck = handler;
  }
}

/** Electron's protocol module: the privileged schemes (registered before ready) and the handlers. */
export class FakeProtocol {
  readonly privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  /** Whether a scheme was registered as privileged after the app was ready (Electron ignores it then). */
  registeredLate = false;
  constructor(private readonly isReady: () => boolean = () => false) {}
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (this.isReady()) this.registeredLate = true;
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }
  /** A request as the page would make it, through the scheme's handler. */
  fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no handler for ${url}`);
    return Promise.resolve(handler(new Request(url, init)));
  }
}

export class FakeApp extends EventEmitter {
  lock = true;
  quitCalls = 0;
  isPackaged = true;
  readonly loginItems: unknown[] = [];
  readonly protocolClients = new Set<string>();
  /** The executable and arguments each scheme was registered with (Windows' command line). */
  readonly protocolCommands = new Map<string, { path: string | undefined; args: string[] | undefined }>();
  exitCode: number | undefined;
  private readyResolve: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(code: number): void {
    this.exitCode = code;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  getPath(name: string): string {
    return `/fake/${name}`;
  }
  getVersion(): string {
    return '9.9.9';
  }
  getLocale(): string {
    return 'en-US';
  }
  setLoginItemSettings(settings: unknown): void {
    this.loginItems.push(settings);
  }
  getLoginItemSettings(): { wasOpenedAtLogin: boolean } {
    return { wasOpenedAtLogin: false };
  }
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    this.protocolClients.add(protocol);
    this.protocolCommands.set(protocol, { path, args });
    return true;
  }
  removeAsDefaultProtocolClient(protocol: string): boolean {
    return this.protocolClients.delete(protocol);
  }
  /** A quit as Electron runs it: before-quit (cancellable), then will-quit (cancellable). */
  userQuits(): 'quit' | 'held' {
    let held = false;
    this.emit('before-quit', { preventDefault: () => (held = true) });
    if (held) return 'held';
    this.emit('will-quit', { preventDefault: () => undefined });
    return 'quit';
  }
  isReady = false;
  becomeReady(): void {
    this.isReady = true;
    this.readyResolve();
  }
}

export class FakeTray extends EventEmitter {
  readonly images: unknown[] = [];
  tooltip = '';
  menu: { template: MenuItemConstructorOptions[] } | undefined;
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.images.push(image);
  }
  setImage(image: unknown): void {
    this.images.push(image);
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: unknown): void {
    this.menu = menu as { template: MenuItemConstructorOptions[] };
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Clicks the menu entry with this id, looking into submenus. */
  clickMenu(id: string): void {
    const find = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const inner = Array.isArray(item.submenu) ? find(item.submenu) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(this.menu?.template ?? []);
    if (!item?.click) throw new Error(`no menu entry ${id}`);
    (item.click as () => void)();
  }
}

export class FakeNotification extends EventEmitter {
  shown = false;
  closed = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
    this.emit('close');
  }
}

export class FakeGlobalShortcut {
  readonly active = new Map<string, () => void>();
  register(accelerator: string, callback: () => void): boolean {
    if (this.active.has(accelerator)) return false;
    this.active.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.active.delete(accelerator);
  }
  unregisterAll(): void {
    this.active.clear();
  }
}

/** Message boxes answered from a script: each call takes the next response (0 = first button). */
export class FakeDialogs {
  readonly shown: MessageBoxOptions[] = [];
  readonly responses: number[] = [];
  showMessageBox = (options: MessageBoxOptions): Promise<MessageBoxReturnValue> => {
    this.shown.push(options);
    return Promise.resolve({
      response: this.responses.shift() ?? options.cancelId ?? 0,
      checkboxChecked: false,
    });
  };
}
