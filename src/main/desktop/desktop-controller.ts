import type { CallView } from '../../shared/contract/calls';
import type {
  DesktopEvent,
  NotificationActionId,
  NotificationRequest,
  PresenceState,
  ShortcutStatus,
  UpdateStatus,
} from '../../shared/contract/desktop';
import type { AccountView } from '../../shared/contract/models';
import type { EventBus } from '../events/event-bus';
import type { AutostartController } from './autostart';
import { CallEventDeriver, callsInProgress } from './call-events';
import type { CallControls } from './call-shortcuts';
import { callShortcutHandlers } from './call-shortcuts';
import type { DesktopSettings, Language, SettingsReader } from './desktop-settings';
import { readDesktopSettings } from './desktop-settings';
import { NotificationBudget } from './notification-budget';
import { decideNotification } from './notification-policy';
import type { PresenceModel } from './presence';
import { isPresenceState } from './presence';
import type { ProtocolHandlers } from './protocol-handlers';
import { QuitController } from './quit-controller';
import type { ShortcutPort } from './shortcut-controller';
import { ShortcutController } from './shortcut-controller';
import type { TrayCommand, TrayView } from './tray-view';
import { trayView } from './tray-view';
import type { Scheduler, UpdaterPort } from './update-controller';
import { UpdateController } from './update-controller';
import type { WindowPort } from './window-behaviour';
import { WindowBehaviour } from './window-behaviour';

/** The tray icon; the shell turns the view into an Electron Tray and Menu. */
export interface TrayPort {
  update(view: TrayView): void;
}

/** Native notifications; `onAction` gets an action id, or 'click' for the body. */
export interface NotifierPort {
  readonly actionsSupported: boolean;
  show(request: NotificationRequest, onAction: (action: NotificationActionId | 'click') => void): void;
  close(tag: string): void;
}

/** The parts of the core the desktop follows. */
export interface DesktopCore {
  settings: SettingsReader;
  calls: CallControls;
  accounts: { list(): Pick<AccountView, 'registration' | 'voicemail'>[] };
  events: Pick<EventBus, 'subscribe'>;
  desktopEvents: { subscribe(listener: (event: DesktopEvent) => void): () => void };
}

/** Desktop contract events (src/shared/contract/desktop.ts) for the renderer. */
export type DesktopEmit = {
  (event: 'presence.changed', payload: { state: PresenceState }): void;
  (event: 'updates.changed', payload: UpdateStatus): void;
  (event: 'shortcuts.changed', payload: ShortcutStatus): void;
};

export interface DesktopControllerOptions {
  core: DesktopCore;
  presence: PresenceModel;
  window: WindowPort;
  tray: TrayPort;
  notifier: NotifierPort;
  autostart: AutostartController;
  /** sip:, tel:, callto: links in the OS ("Register callto, SIP and tel URIs"). */
  protocols?: ProtocolHandlers;
  /** Absent where updates cannot work (e.g. a Linux deb, development without a feed). */
  updater?: UpdaterPort;
  shortcuts: ShortcutPort;
  readClipboard(): string | Promise<string>;
  confirmQuit(language: Language): Promise<boolean>;
  /** Non-blocking "update ready, restart to install"; call `installUpdate` when the user agrees. */
  promptUpdate(version: string, language: Language): void;
  quit(): void;
  systemLocale: string;
  isPackaged: boolean;
  scheduler: Scheduler;
  log(message: string): void;
  emit?: DesktopEmit;
}

/**
 * The desktop integration in one place: follows the core's settings, calls and
 * accounts, and drives the window behaviour, tray, notifications, autostart,
 * updates and global shortcuts through ports. Holds no Electron object itself.
 */
export class DesktopController {
  readonly window: WindowBehaviour;
  readonly quit: QuitController;
  readonly updates: UpdateController | undefined;
  readonly shortcuts: ShortcutController;
  private settings: DesktopSettings;
  private readonly deriver = new CallEventDeriver();
  private readonly notificationBudget = new NotificationBudget();
  private missedCalls = 0;
  private calls: CallView[] = [];
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly options: DesktopControllerOptions) {
    this.settings = readDesktopSettings(options.core.settings, options.systemLocale);
    this.calls = options.core.calls.list();
    this.quit = new QuitController({
      callsInProgress: () => callsInProgress(this.calls),
      confirm: (language) => options.confirmQuit(language),
      language: () => this.settings.language,
      quit: () => options.quit(),
    });
    this.window = new WindowBehaviour(
      options.window,
      () => this.settings.behaviour,
      () => this.quit.quitting,
    );
    this.updates = options.updater
      ? new UpdateController({
          updater: options.updater,
          callsInProgress: () => callsInProgress(this.calls),
          onReady: (version) => options.promptUpdate(version, this.settings.language),
          onStatus: (status) => {
            if (status.state === 'error' && status.message) options.log(status.message);
            options.emit?.('updates.changed', status);
          },
          beforeInstall: () => this.quit.markQuitting(),
          scheduler: options.scheduler,
          isPackaged: options.isPackaged,
        })
      : undefined;
    this.shortcuts = new ShortcutController(
      options.shortcuts,
      callShortcutHandlers(
        options.core.calls,
        () => options.readClipboard(),
        (message) => options.log(message),
      ),
    );
  }

  /** Starts following the core; call once the window exists. */
  start(): void {
    const { core, presence } = this.options;
    this.unsubscribe.push(
      core.events.subscribe((event, payload) => {
        if (event === 'settings.changed') this.applySettings();
        else if (event === 'calls.changed') this.onCalls(payload.calls);
        else if (event === 'accounts.changed') this.refreshTray();
      }),
      presence.subscribe((state) => {
        this.options.emit?.('presence.changed', { state });
        this.refreshTray();
      }),
      core.desktopEvents.subscribe((event) => this.notify(event)),
    );
    this.applySettings();
  }

  /** Events from outside the call list: voicemail, messages, contacts, audio devices, network. */
  notify(event: DesktopEvent): void {
    if (event.type === 'instantMessage') this.window.onInstantMessage();
    this.showNotification(event);
  }

  trayCommand(command: TrayCommand): void {
    const { presence } = this.options;
    if (command === 'toggleWindow') {
      this.window.toggle();
      if (this.window.isShown()) this.windowFocused();
    } else if (command === 'toggleDnd') presence.setDnd(!presence.dnd);
    else if (command === 'quit') void this.quit.requestQuit();
    else {
      const state = command.slice('presence:'.length);
      if (isPresenceState(state)) presence.set(state);
    }
    this.refreshTray();
  }

  /** The window got the focus: the missed calls are seen. */
  windowFocused(): void {
    this.window.onFocus();
    if (this.missedCalls === 0) return;
    this.missedCalls = 0;
    this.refreshTray();
  }

  installUpdate(): UpdateStatus | undefined {
    return this.updates?.install();
  }

  refreshTray(): void {
    this.options.tray.update(
      trayView({
        accounts: this.options.core.accounts.list(),
        presence: this.options.presence.state,
        missedCalls: this.missedCalls,
        windowVisible: this.window.isShown(),
        language: this.settings.language,
        muted: this.calls.some((call) => call.muted && call.state !== 'ended'),
      }),
    );
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    this.updates?.dispose();
    this.shortcuts.dispose();
  }

  private applySettings(): void {
    this.settings = readDesktopSettings(this.options.core.settings, this.options.systemLocale);
    this.window.applySettings();
    const autostart = this.options.autostart.apply(this.settings.automation.startWithOs);
    if (!autostart.ok) this.options.log(autostart.message);
    const refused = this.options.protocols?.apply(this.settings.automation.registerUriHandlers) ?? [];
    if (refused.length > 0)
      this.options.log(`The OS refused to open these links with the softphone: ${refused.join(', ')}.`);
    this.updates?.configure(this.settings.automation);
    const shortcuts = this.shortcuts.apply(this.settings.shortcuts);
    if (shortcuts) {
      for (const failed of shortcuts.failed)
        this.options.log(`Global shortcut ${failed.accelerator} (${failed.action}) is taken or invalid.`);
      this.options.emit?.('shortcuts.changed', shortcuts);
    }
    this.refreshTray();
  }

  private onCalls(calls: CallView[]): void {
    this.calls = calls;
    for (const event of this.deriver.next(calls)) {
      if (event.type === 'incomingCall' && !this.options.presence.dnd) this.window.onIncomingCall();
      if (event.type === 'missedCall') this.missedCalls++;
      this.showNotification(event);
    }
    this.updates?.callsChanged();
    this.refreshTray();
  }

  private showNotification(event: DesktopEvent): void {
    const { notifier } = this.options;
    const decision = this.notificationBudget.admit(
      decideNotification(event, this.settings, {
        actionsSupported: notifier.actionsSupported,
        dnd: this.options.presence.dnd,
      }),
    );
    if (decision.type === 'close') notifier.close(decision.tag);
    if (decision.type !== 'show') return;
    const request = decision.request;
    notifier.show(request, (action) => this.onNotificationAction(request, action));
  }

  private onNotificationAction(request: NotificationRequest, action: NotificationActionId | 'click'): void {
    const { calls } = this.options.core;
    const report = (what: string) => (error: unknown) =>
      this.options.log(
        `${what} from a notification failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    if (action === 'answer' && request.callId) calls.answer(request.callId).catch(report('Answering'));
    if (action === 'decline' && request.callId) {
      calls.reject(request.callId).catch(report('Declining'));
      return;
    }
    if (action === 'callBack' && request.number) calls.dial(request.number).catch(report('Calling back'));
    this.window.showAndFocus();
    this.windowFocused();
  }
}
