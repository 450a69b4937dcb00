/** The link schemes the softphone opens; the installers register the same (electron-builder.yml). */
export const callSchemes = ['sip', 'sips', 'tel', 'callto'] as const;

/** Electron's app.setAsDefaultProtocolClient / removeAsDefaultProtocolClient. */
export interface ProtocolClientPort {
  setAsDefaultProtocolClient(protocol: string): boolean;
  removeAsDefaultProtocolClient(protocol: string): boolean;
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
  ) {}

  apply(enabled: boolean): string[] {
    if (!this.isPackaged || enabled === this.applied) return [];
    this.applied = enabled;
    return callSchemes.filter((scheme) => {
      try {
        return enabled
          ? !this.port.setAsDefaultProtocolClient(scheme)
          : !this.port.removeAsDefaultProtocolClient(scheme);
      } catch {
        return true;
      }
    });
  }
}
