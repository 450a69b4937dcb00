/** The link schemes the softphone opens; the installers register the same (electron-builder.yml). */
export const callSchemes = ['sip', 'sips', 'tel', 'callto'] as const;

/**
 * What the registered command passes before the link (Windows: `"Softphone.exe" -- "%1"`): after
 * `--` Chromium parses no switches, so a crafted link such as `sip:x" --gpu-launcher="…` stays
 * an argument (CVE-2018-1000006). resources/installer.nsh writes the same command.
 */
export const protocolArgs: readonly string[] = ['--'];

/** Electron's app.setAsDefaultProtocolClient / removeAsDefaultProtocolClient. */
export interface ProtocolClientPort {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  removeAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/**
 * "Register callto, SIP and tel links in the operating system". Applied on
 * change only, and not in development (it would register the bare Electron
 * binary). Returns the schemes the OS refused.
 */
export class ProtocolHandlers {
  private applied: boolean | undefined;

  constructor(
    private readonly port: ProtocolClientPort,
    private readonly isPackaged: boolean,
    /** The program the OS starts for a link (Windows; macOS and Linux use the bundle / .desktop file). */
    private readonly execPath: string,
  ) {}

  apply(enabled: boolean): string[] {
    if (!this.isPackaged || enabled === this.applied) return [];
    this.applied = enabled;
    return callSchemes.filter((scheme) => {
      // Windows removes a registration only when its command matches, so both take the same arguments.
      const args = [...protocolArgs];
      try {
        return enabled
          ? !this.port.setAsDefaultProtocolClient(scheme, this.execPath, args)
          : !this.port.removeAsDefaultProtocolClient(scheme, this.execPath, args);
      } catch {
        return true;
      }
    });
  }
}
