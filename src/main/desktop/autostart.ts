/** The argument a login item starts the app with, so it comes up in the tray without a window. */
export const hiddenArg = '--hidden';

export interface LoginItemSettings {
  openAtLogin: boolean;
  /** Older macOS only (Electron 45 ignores it): the argument and wasOpenedAtLogin do the job now. */
  openAsHidden: boolean;
  args: string[];
}

/** Electron's app.setLoginItemSettings (macOS and Windows). */
export interface LoginItemPort {
  setLoginItemSettings(settings: LoginItemSettings): void;
}

/** A file writer for the Linux XDG autostart entry. */
export interface AutostartFiles {
  write(path: string, content: string): void;
  remove(path: string): void;
}

export interface AutostartOptions {
  platform: string;
  /** Development runs register nothing: the login item would start the bare Electron binary. */
  isPackaged: boolean;
  /** The executable to start (Linux: $APPIMAGE when run as an AppImage). */
  execPath: string;
  /** ~/.config/autostart */
  linuxAutostartDir: string;
  loginItems: LoginItemPort;
  files: AutostartFiles;
}

export function loginItemSettings(enabled: boolean): LoginItemSettings {
  return enabled
    ? { openAtLogin: true, openAsHidden: true, args: [hiddenArg] }
    : { openAtLogin: false, openAsHidden: false, args: [] };
}

/** True when this launch should stay in the tray: started by the login item. */
export function launchedHidden(argv: readonly string[], openedAtLoginOnMac = false): boolean {
  return openedAtLoginOnMac || argv.includes(hiddenArg);
}

export function linuxDesktopEntry(execPath: string): string {
  const quoted = /[\s"'\\]/.test(execPath) ? `"${execPath.replace(/(["\\`$])/g, '\\$1')}"` : execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Softphone',
    `Exec=${quoted} ${hiddenArg}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

/**
 * "Start with the operating system": a login item on macOS and Windows, an XDG
 * autostart entry on Linux (Electron has no login items there). Applied only
 * when the setting changes; a failure is reported, never thrown.
 */
export class AutostartController {
  private applied: boolean | undefined;

  constructor(private readonly options: AutostartOptions) {}

  apply(enabled: boolean): { ok: true } | { ok: false; message: string } {
    if (!this.options.isPackaged || enabled === this.applied) return { ok: true };
    try {
      if (this.options.platform === 'linux') this.applyLinux(enabled);
      else this.options.loginItems.setLoginItemSettings(loginItemSettings(enabled));
      this.applied = enabled;
      return { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        message: `Could not ${enabled ? 'add the softphone to' : 'remove the softphone from'} the programs that start with the system (${reason}). Check the permissions of your autostart folder.`,
      };
    }
  }

  private applyLinux(enabled: boolean): void {
    const path = `${this.options.linuxAutostartDir}/softphone.desktop`;
    if (enabled) this.options.files.write(path, linuxDesktopEntry(this.options.execPath));
    else this.options.files.remove(path);
  }
}
