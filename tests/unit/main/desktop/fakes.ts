import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { globalSettingGroups } from '../../../../src/shared/settings/global-settings';
import type { CallView } from '../../../../src/shared/contract/calls';
import type { NotificationActionId, NotificationRequest } from '../../../../src/shared/contract/desktop';
import type { WindowPort } from '../../../../src/main/desktop/window-behaviour';
import type { UpdaterPort, UpdateTrust } from '../../../../src/main/desktop/update-controller';
import type { ShortcutPort } from '../../../../src/main/desktop/shortcut-controller';
import type { NotifierPort, TrayPort } from '../../../../src/main/desktop/desktop-controller';
import type { TrayView } from '../../../../src/main/desktop/tray-view';

export class FakeWindow implements WindowPort {
  visible = false;
  minimized = false;
  focused = false;
  alwaysOnTop: boolean | undefined;
  flashing = false;
  readonly calls: string[] = [];
  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  hide(): void {
    this.calls.push('hide');
    this.visible = false;
    this.focused = false;
  }
  focus(): void {
    this.calls.push('focus');
    this.focused = true;
  }
  minimize(): void {
    this.calls.push('minimize');
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFocused(): boolean {
    return this.focused;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
}

export class FakeUpdater implements UpdaterPort {
  trust: UpdateTrust = { kind: 'signature' };
  feeds: string[] = [];
  checks = 0;
  installs = 0;
  nextCheck: Promise<unknown> = Promise.resolve(null);
  private readonly listeners = new Map<string, ((arg: never) => void)[]>();
  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feeds.push(options.url);
  }
  checkForUpdates(): Promise<unknown> {
    this.checks++;
    return this.nextCheck;
  }
  quitAndInstall(): void {
    this.installs++;
  }
  on(event: string, listener: (arg: never) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, arg: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(arg as never);
  }
}

/** A global-shortcut table; accelerators in `takenElsewhere` belong to another application. */
export class FakeShortcuts implements ShortcutPort {
  readonly active = new Map<string, () => void>();
  readonly takenElsewhere = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (accelerator.includes('Bogus')) throw new Error('conversion failure');
    if (this.takenElsewhere.has(accelerator) || this.active.has(accelerator)) return false;
    this.active.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.active.delete(accelerator);
  }
  press(accelerator: string): void {
    this.active.get(accelerator)?.();
  }
}

export class FakeNotifier implements NotifierPort {
  actionsSupported = true;
  readonly shown: { request: NotificationRequest; act: (a: NotificationActionId | 'click') => void }[] = [];
  readonly closed: string[] = [];
  show(request: NotificationRequest, act: (a: NotificationActionId | 'click') => void): void {
    this.shown.push({ request, act });
  }
  close(tag: string): void {
    this.closed.push(tag);
  }
}

export class FakeTray implements TrayPort {
  views: TrayView[] = [];
  update(view: TrayView): void {
    this.views.push(view);
  }
  get last(): TrayView {
    const view = this.views.at(-1);
    if (!view) throw new Error('the tray was never drawn');
    return view;
  }
}

export function call(overrides: Partial<CallView> & Pick<CallView, 'id'>): CallView {
  return {
    accountId: 'a1',
    direction: 'incoming',
    state: 'incoming',
    remoteNumber: '+4930123',
    remoteName: 'Alice',
    startedAt: 1,
    muted: false,
    silenced: false,
    earlyMedia: false,
    remoteHold: false,
    ...overrides,
  };
}

/**
 * The real settings table's defaults with overrides, throwing for unknown keys as SettingsService does,
 * so a key the desktop reads that the table does not have fails the tests.
 */
export function settingsOf(overrides: Record<string, unknown> = {}) {
  const values = { ...new SettingCatalog(globalSettingGroups).defaults(), ...overrides };
  return {
    values,
    get(key: string): unknown {
      if (!(key in values)) throw new Error(`Unknown setting ${key}`);
      return values[key];
    },
  };
}
