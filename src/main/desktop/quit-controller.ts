import type { Language } from './desktop-settings';

export interface QuitControllerOptions {
  /** Calls not yet ended. */
  callsInProgress(): number;
  /** Asks "Quit during a call?"; true to go on. */
  confirm(language: Language): Promise<boolean>;
  language(): Language;
  /** app.quit() */
  quit(): void;
}

/**
 * Only Quit ends registration. Quitting with a call in progress asks first; a
 * quit the OS starts (Cmd+Q, the dock) goes through the same question via
 * `onBeforeQuit`. Once decided, `quitting` lets the window close for real.
 */
export class QuitController {
  private decided = false;
  private asking: Promise<boolean> | undefined;

  constructor(private readonly options: QuitControllerOptions) {}

  get quitting(): boolean {
    return this.decided;
  }

  /** Quit without asking: the updater's restart, which only runs when no call is in progress. */
  markQuitting(): void {
    this.decided = true;
  }

  /** The tray's Quit. Resolves true when the app is quitting. */
  requestQuit(): Promise<boolean> {
    if (this.decided) {
      this.options.quit();
      return Promise.resolve(true);
    }
    this.asking ??= this.ask().finally(() => (this.asking = undefined));
    return this.asking;
  }

  /** app 'before-quit': hold it while a call is in progress and ask. */
  onBeforeQuit(event: { preventDefault(): void }): void {
    if (this.decided) return;
    if (this.options.callsInProgress() === 0) {
      this.decided = true;
      return;
    }
    event.preventDefault();
    void this.requestQuit();
  }

  private async ask(): Promise<boolean> {
    if (this.options.callsInProgress() > 0) {
      const go = await this.options.confirm(this.options.language()).catch(() => false);
      if (!go) return false;
    }
    this.decided = true;
    this.options.quit();
    return true;
  }
}
