import type { ShortcutAction, ShortcutStatus } from '../../shared/contract/desktop';
import { shortcutActions } from '../../shared/contract/desktop';
import type { DesktopSettings } from './desktop-settings';

/** Electron's globalShortcut: register returns false (or throws for a malformed accelerator) when it fails. */
export interface ShortcutPort {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export type ShortcutHandlers = Record<ShortcutAction, () => void>;

/**
 * Global shortcuts from the functions.shortcuts settings. Re-registers when the
 * settings change and reports accelerators that could not be had (another
 * application holds them, or the text is not an accelerator).
 */
export class ShortcutController {
  private registered = new Map<ShortcutAction, string>();
  private status: ShortcutStatus = { registered: [], failed: [] };
  private lastKey = '';

  constructor(
    private readonly port: ShortcutPort,
    private readonly handlers: ShortcutHandlers,
  ) {}

  current(): ShortcutStatus {
    return structuredClone(this.status);
  }

  /** Returns the new status, or undefined when nothing changed. */
  apply(settings: DesktopSettings['shortcuts']): ShortcutStatus | undefined {
    const wanted = settings.enabled
      ? shortcutActions
          .map((action) => ({ action, accelerator: settings[action] }))
          .filter((s) => s.accelerator)
      : [];
    const key = JSON.stringify(wanted);
    if (key === this.lastKey) return undefined;
    this.lastKey = key;
    this.unregisterAll();
    const status: ShortcutStatus = { registered: [], failed: [] };
    const taken = new Set<string>();
    for (const { action, accelerator } of wanted) {
      const normal = accelerator.toLowerCase();
      if (!taken.has(normal) && this.tryRegister(accelerator, this.handlers[action])) {
        taken.add(normal);
        this.registered.set(action, accelerator);
        status.registered.push({ action, accelerator });
      } else {
        status.failed.push({ action, accelerator });
      }
    }
    this.status = status;
    return this.current();
  }

  dispose(): void {
    this.unregisterAll();
    this.lastKey = '';
    this.status = { registered: [], failed: [] };
  }

  private tryRegister(accelerator: string, handler: () => void): boolean {
    try {
      return this.port.register(accelerator, handler);
    } catch {
      return false;
    }
  }

  private unregisterAll(): void {
    for (const accelerator of this.registered.values()) {
      try {
        this.port.unregister(accelerator);
      } catch {
        // Already gone (e.g. unregisterAll at quit): nothing to undo.
      }
    }
    this.registered = new Map();
  }
}
