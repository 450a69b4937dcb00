import type { ShortcutStatus, UpdateStatus } from '../../shared/contract/desktop';
import type { EventBus } from '../events/event-bus';

/**
 * The update and global-shortcut state the renderer asks for. The Electron shell reports into it and
 * provides the installer; the web shell has neither, so it stays idle and empty.
 */
export class DesktopStatus {
  private update: UpdateStatus = { state: 'idle', waitingForCalls: false };
  private shortcuts: ShortcutStatus = { registered: [], failed: [] };
  private installer: (() => UpdateStatus) | undefined;

  constructor(private readonly events: Pick<EventBus, 'emit'>) {}

  updateStatus(): UpdateStatus {
    return this.update;
  }

  shortcutStatus(): ShortcutStatus {
    return this.shortcuts;
  }

  /** "Restart to install": installs now or once no call is in progress (the shell decides). */
  installUpdate(): UpdateStatus {
    return this.installer ? this.installer() : this.update;
  }

  reportUpdate(status: UpdateStatus): void {
    this.update = status;
    this.events.emit('updates.changed', status);
  }

  reportShortcuts(status: ShortcutStatus): void {
    this.shortcuts = status;
    this.events.emit('shortcuts.changed', status);
  }

  setInstaller(install: () => UpdateStatus): void {
    this.installer = install;
  }
}
