import type { CallLinkScheme } from '../../shared/links/call-link';
import { callLinkSchemes } from '../../shared/links/call-link';
import type { Logger } from '../log/logger';

/**
 * The operating system's "default app for a link scheme", as Electron's app offers it
 * (setAsDefaultProtocolClient and friends; on Windows in development the shell adds the exe path and
 * script arguments). A recording fake in tests.
 */
export interface ProtocolClientPort {
  setAsDefaultProtocolClient(scheme: string): boolean;
  removeAsDefaultProtocolClient(scheme: string): boolean;
  isDefaultProtocolClient(scheme: string): boolean;
}

export interface ProtocolRegistrationResult {
  enabled: boolean;
  /** Schemes this call registered or removed. */
  changed: CallLinkScheme[];
  /** Schemes the operating system refused (logged); tried again on the next apply(). */
  failed: CallLinkScheme[];
}

/**
 * Keeps callto:, sip:, sips: and tel: registered to the softphone while the setting
 * 'functions.automation.registerUriHandlers' is on, and removes them (only where they point to us)
 * when it is turned off. Call apply() at start and on every settings change; it does nothing when the
 * value is the one already applied successfully.
 */
export class ProtocolRegistration {
  private applied: boolean | undefined;

  constructor(
    private readonly port: ProtocolClientPort,
    private readonly logger: Logger,
  ) {}

  apply(enabled: boolean): ProtocolRegistrationResult {
    if (this.applied === enabled) return { enabled, changed: [], failed: [] };
    const changed: CallLinkScheme[] = [];
    const failed: CallLinkScheme[] = [];
    for (const scheme of callLinkSchemes) {
      try {
        const isDefault = this.port.isDefaultProtocolClient(scheme);
        if (enabled === isDefault) continue;
        const done = enabled
          ? this.port.setAsDefaultProtocolClient(scheme)
          : this.port.removeAsDefaultProtocolClient(scheme);
        (done ? changed : failed).push(scheme);
      } catch (error) {
        this.logger.warn(`Could not change the ${scheme}: link registration`, error);
        failed.push(scheme);
      }
    }
    this.applied = failed.length === 0 ? enabled : undefined;
    if (changed.length > 0) {
      this.logger.info(`${enabled ? 'Registered' : 'Unregistered'} link schemes: ${changed.join(', ')}`);
    }
    if (failed.length > 0) {
      this.logger.warn(
        `The operating system refused to ${enabled ? 'register' : 'unregister'} link schemes: ${failed.join(', ')}`,
      );
    }
    return { enabled, changed, failed };
  }
}
