import type { DesktopSettings } from './desktop-settings';

/** The few BrowserWindow methods the behaviour needs; a real window in the shell, a fake in tests. */
export interface WindowPort {
  show(): void;
  hide(): void;
  focus(): void;
  minimize(): void;
  restore(): void;
  isVisible(): boolean;
  isMinimized(): boolean;
  isFocused(): boolean;
  setAlwaysOnTop(flag: boolean): void;
  flashFrame(flag: boolean): void;
}

export type BehaviourSettings = DesktopSettings['behaviour'];

/**
 * The manual's Behaviour settings applied to the main window. The window never
 * really closes before Quit: the renderer hosts the media engine, so a closed
 * window would mean no calls. Close therefore minimises ("Minimise on close") or
 * hides to the tray; only a quit (see QuitController) lets it go.
 */
export class WindowBehaviour {
  constructor(
    private readonly window: WindowPort,
    private readonly settings: () => BehaviourSettings,
    private readonly quitting: () => boolean,
  ) {}

  /** Once the window has painted: shown, minimised or left in the tray. */
  firstShow(launchedHidden: boolean): void {
    const s = this.settings();
    this.window.setAlwaysOnTop(s.alwaysOnTop);
    if (launchedHidden) return;
    if (s.startMinimised && s.minimiseToTray) return;
    this.window.show();
    if (s.startMinimised) this.window.minimize();
  }

  /** The window's 'close' event. Returns true when the close was turned into minimise/hide. */
  onClose(event: { preventDefault(): void }): boolean {
    if (this.quitting()) return false;
    event.preventDefault();
    const s = this.settings();
    if (s.minimiseOnClose && !s.minimiseToTray) this.window.minimize();
    else this.window.hide();
    return true;
  }

  /** The window's 'minimize' event: "Minimise to tray" takes it off the taskbar. */
  onMinimize(): void {
    if (this.settings().minimiseToTray) this.window.hide();
  }

  /** The window got the focus: stop flashing. */
  onFocus(): void {
    this.window.flashFrame(false);
  }

  applySettings(): void {
    this.window.setAlwaysOnTop(this.settings().alwaysOnTop);
  }

  showAndFocus(): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.show();
    this.window.focus();
  }

  isShown(): boolean {
    return this.window.isVisible() && !this.window.isMinimized();
  }

  /** Tray click and the tray menu's show/hide. */
  toggle(): void {
    if (this.isShown()) this.window.hide();
    else this.showAndFocus();
  }

  onIncomingCall(): void {
    const s = this.settings();
    this.attention(s.activateOnIncomingCall, s.flashOnIncomingCall);
  }

  onInstantMessage(): void {
    const s = this.settings();
    this.attention(s.focusOnInstantMessage, s.flashOnInstantMessage);
  }

  private attention(activate: boolean, flash: boolean): void {
    if (activate) this.showAndFocus();
    else if (flash && !this.window.isFocused()) this.window.flashFrame(true);
  }
}
