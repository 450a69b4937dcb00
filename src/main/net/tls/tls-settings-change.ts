import type { SettingsSnapshot } from '../../../shared/contract';

/**
 * Tells whether a settings change touched the global TLS settings (advanced.tls.*), which the SIP
 * agents are built with: only then does the SIP layer reconcile.
 */
export class TlsSettingsChange {
  private last: string;

  constructor(initial: SettingsSnapshot) {
    this.last = fingerprint(initial);
  }

  /** Whether `snapshot` differs from the previous one in a TLS setting; remembers it. */
  changed(snapshot: SettingsSnapshot): boolean {
    const next = fingerprint(snapshot);
    const changed = next !== this.last;
    this.last = next;
    return changed;
  }
}

function fingerprint(snapshot: SettingsSnapshot): string {
  return JSON.stringify(Object.entries(snapshot.values).filter(([key]) => key.startsWith('advanced.tls.')));
}
