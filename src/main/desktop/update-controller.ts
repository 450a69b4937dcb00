import type { UpdateStatus } from '../../shared/contract/desktop';

/**
 * What proves that an update comes from us, on this installation (README "Package"):
 * - `signature`: the installer is checked before it runs (Windows: Authenticode and the publisher
 *   name in app-update.yml; macOS: Squirrel.Mac wants the running app's Developer ID). Any https
 *   feed may serve it, so the "Update server" setting is honoured.
 * - `built-in-feed`: nothing checks a signature (a Linux AppImage): only the https feed built into
 *   the installer is trusted, and an update server from the settings is refused.
 * - `none`: this build cannot check (a Windows build without a publisher name): no updates at all.
 */
export type UpdateTrust =
  { kind: 'signature' } | { kind: 'built-in-feed' } | { kind: 'none'; reason: string };

/** The slice of electron-updater's autoUpdater the controller drives. */
export interface UpdaterPort {
  readonly trust: UpdateTrust;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateSettings {
  checkForUpdates: boolean;
  /** Empty: the feed built into the installer (electron-builder's publish config, app-update.yml). */
  updateFeedUrl: string;
}

export interface Scheduler {
  every(ms: number, run: () => void): () => void;
}

export interface UpdateControllerOptions {
  updater: UpdaterPort;
  callsInProgress(): number;
  /** Called when an update is ready: a non-blocking "restart to install" prompt. */
  onReady(version: string): void;
  onStatus(status: UpdateStatus): void;
  /** Lets the quit through without the in-call question (there is no call then). */
  beforeInstall(): void;
  scheduler: Scheduler;
  /** Development runs have no app-update.yml: check only with a feed from the settings. */
  isPackaged: boolean;
  intervalMs?: number;
}

const fourHours = 4 * 60 * 60 * 1000;

/**
 * Checks for updates as the settings say and installs a downloaded one only on
 * request, and never while a call is in progress: the install waits for the
 * last call to end (`callsChanged`).
 */
export class UpdateController {
  private status: UpdateStatus = { state: 'idle', waitingForCalls: false };
  private stopTimer: (() => void) | undefined;
  private feed = '';

  constructor(private readonly options: UpdateControllerOptions) {
    options.updater.on('update-downloaded', (info) => {
      this.setStatus({ state: 'downloaded', version: info.version, waitingForCalls: false });
      options.onReady(info.version);
    });
    options.updater.on('error', (error) => {
      if (this.status.state === 'downloaded') return;
      this.setStatus({ state: 'error', waitingForCalls: false, message: updateErrorMessage(error) });
    });
  }

  current(): UpdateStatus {
    return { ...this.status };
  }

  /** Applies the settings: feed URL, and checks now and periodically, or stops checking. */
  configure(settings: UpdateSettings): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
    if (!settings.checkForUpdates) return;
    const { trust } = this.options.updater;
    if (trust.kind === 'none') {
      this.setStatus({ state: 'error', waitingForCalls: false, message: trust.reason });
      return;
    }
    const feed = settings.updateFeedUrl;
    if (feed && feed !== this.feed) {
      const problem = feedProblem(feed, trust);
      if (problem) {
        this.setStatus({ state: 'error', waitingForCalls: false, message: problem });
        return;
      }
      this.options.updater.setFeedURL({ provider: 'generic', url: feed });
      this.feed = feed;
    }
    if (!this.options.isPackaged && !this.feed) return;
    this.check();
    this.stopTimer = this.options.scheduler.every(this.options.intervalMs ?? fourHours, () => this.check());
  }

  /** "Restart now": installs at once, or when the last call ends. */
  install(): UpdateStatus {
    if (this.status.state !== 'downloaded') return this.current();
    if (this.options.callsInProgress() > 0) {
      this.setStatus({ ...this.status, waitingForCalls: true });
      return this.current();
    }
    this.options.beforeInstall();
    this.options.updater.quitAndInstall();
    return this.current();
  }

  /** The call list changed: a deferred install goes ahead once no call is left. */
  callsChanged(): void {
    if (this.status.waitingForCalls && this.options.callsInProgress() === 0) this.install();
  }

  dispose(): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
  }

  private check(): void {
    if (this.status.state === 'downloaded') return;
    this.setStatus({ state: 'checking', waitingForCalls: false });
    this.options.updater.checkForUpdates().then(
      () => {
        if (this.status.state === 'checking') this.setStatus({ state: 'idle', waitingForCalls: false });
      },
      (error: unknown) => {
        if (this.status.state === 'downloaded') return;
        this.setStatus({ state: 'error', waitingForCalls: false, message: updateErrorMessage(error) });
      },
    );
  }

  private setStatus(status: UpdateStatus): void {
    this.status = status;
    this.options.onStatus(this.current());
  }
}

/**
 * Why a feed from the settings is refused, if it is. Plain http is refused even on loopback: the
 * feed names the installer and its checksum, and any local process can listen on loopback.
 */
function feedProblem(feed: string, trust: UpdateTrust): string | undefined {
  if (trust.kind !== 'signature') {
    return (
      'This installation takes updates only from the address built into it, because nothing here can ' +
      "check an update's signature. Leave the update server empty."
    );
  }
  let url: URL;
  try {
    url = new URL(feed);
  } catch {
    return `The update server "${feed}" is not a valid address. Enter an https:// address or leave it empty.`;
  }
  if (url.protocol !== 'https:') {
    return `The update server must use https:// (got ${url.protocol}). Enter an https:// address or leave it empty.`;
  }
  if (url.username || url.password) {
    return 'The update server address must not contain a user name or password.';
  }
  return undefined;
}

function updateErrorMessage(error: unknown): string {
  if ((error as { code?: unknown } | null)?.code === 'ERR_UPDATER_INVALID_SIGNATURE') {
    return (
      'An update was refused because it is not signed by the publisher of this softphone; nothing was ' +
      'installed. Tell your administrator: the update server may be wrong or compromised.'
    );
  }
  const raw = error instanceof Error ? error.message : String(error);
  // The updater's messages can carry the feed URL with a token in its query: keep only the first line, no query.
  const line = (raw.split('\n')[0] ?? '').replace(/\?\S*/g, '').slice(0, 300);
  return `Checking for updates failed: ${line}. The softphone tries again later.`;
}
