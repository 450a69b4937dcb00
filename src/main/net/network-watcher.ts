import { networkInterfaces } from 'node:os';

export type InterfaceReader = typeof networkInterfaces;

/**
 * Notices when the machine's network changes (Wi-Fi to cable, VPN up, new
 * DHCP lease) by comparing the set of external addresses every few seconds,
 * so the SIP layer can re-register at once instead of waiting for a timeout.
 * Plain Node: both shells use it, and Electron adds sleep/resume on top.
 */
export class NetworkWatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last: string;

  constructor(
    /** `online`: the machine has at least one external address now. */
    private readonly onChange: (online: boolean) => void,
    private readonly readInterfaces: InterfaceReader = networkInterfaces,
    private readonly intervalMs = 3000,
  ) {
    this.last = this.fingerprint();
  }

  start(): void {
    this.timer ??= setInterval(() => this.check(), this.intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Compares now; returns whether the network changed since the last check. */
  check(): boolean {
    const now = this.fingerprint();
    if (now === this.last) return false;
    this.last = now;
    this.onChange(now !== '');
    return true;
  }

  private fingerprint(): string {
    const addresses: string[] = [];
    for (const [name, infos] of Object.entries(this.readInterfaces())) {
      for (const info of infos ?? []) if (!info.internal) addresses.push(`${name}/${info.address}`);
    }
    return addresses.sort().join(',');
  }
}
