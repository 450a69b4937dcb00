import type { UpdaterPort, UpdateTrust } from '../../desktop/update-controller';

/** The parts of electron-updater's autoUpdater the shell uses. */
export type ElectronUpdater = Omit<UpdaterPort, 'trust'> & {
  disableWebInstaller: boolean;
  forceDevUpdateConfig: boolean;
};

export interface UpdateInstallation {
  platform: string;
  /** resources/app-update.yml as electron-builder wrote it; undefined when there is none. */
  appUpdateConfig: string | undefined;
}

/**
 * electron-updater's autoUpdater as the UpdateController's port, with what this installation can
 * verify. The checks themselves are electron-updater's: NsisUpdater runs a downloaded installer
 * only if its Authenticode signature is valid and names a publisherName from app-update.yml (it
 * skips the check when there is none, hence `none` then), and Squirrel.Mac only an app signed with
 * the running app's Developer ID. A setFeedURL from the settings changes the feed, never the
 * publisher names, which are read from app-update.yml.
 */
export function createUpdaterPort(updater: ElectronUpdater, installation: UpdateInstallation): UpdaterPort {
  // A web installer's payload is not signature-checked, and we build none: refuse any a feed offers.
  updater.disableWebInstaller = true;
  // dev-app-update.yml must never give a packaged app a feed.
  updater.forceDevUpdateConfig = false;
  return new VerifiedUpdater(updateTrustOf(installation), updater);
}

export function updateTrustOf(installation: UpdateInstallation): UpdateTrust {
  switch (installation.platform) {
    case 'darwin':
      return { kind: 'signature' };
    case 'win32':
      return publisherNamesOf(installation.appUpdateConfig ?? '').length > 0
        ? { kind: 'signature' }
        : {
            kind: 'none',
            reason:
              'This copy of the softphone names no code-signing publisher, so it cannot check that an ' +
              'update is genuine. Automatic updates are off: install new versions by hand.',
          };
    case 'linux':
      return { kind: 'built-in-feed' };
    default:
      return { kind: 'none', reason: `Automatic updates are not available on ${installation.platform}.` };
  }
}

/**
 * The publisherName entries of app-update.yml. electron-builder writes it with js-yaml as
 * `publisherName:` followed by `  - Name` lines (or one inline value); nothing else is read here.
 */
export function publisherNamesOf(appUpdateConfig: string): string[] {
  const lines = appUpdateConfig.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('publisherName:'));
  if (start === -1) return [];
  const inline = unquote(lines[start]!.slice('publisherName:'.length));
  if (inline) return isYamlEmpty(inline) ? [] : [inline];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (!item) break;
    const name = unquote(item[1]!);
    if (name && !isYamlEmpty(name)) names.push(name);
  }
  return names;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

function isYamlEmpty(value: string): boolean {
  return value === 'null' || value === '~' || value === '[]';
}

class VerifiedUpdater implements UpdaterPort {
  constructor(
    readonly trust: UpdateTrust,
    private readonly updater: ElectronUpdater,
  ) {}

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.updater.setFeedURL(options);
  }
  checkForUpdates(): Promise<unknown> {
    return this.updater.checkForUpdates();
  }
  quitAndInstall(): void {
    this.updater.quitAndInstall();
  }
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(
    event: 'update-downloaded' | 'error',
    listener: ((info: { version: string }) => void) | ((error: Error) => void),
  ): unknown {
    return event === 'error'
      ? this.updater.on(event, listener as (error: Error) => void)
      : this.updater.on(event, listener as (info: { version: string }) => void);
  }
}
