import type { DesktopEvent } from '../../shared/contract/desktop';

export type DesktopEventListener = (event: DesktopEvent) => void;

/**
 * Events for notifications that do not come from the call list: voicemail, network, audio devices.
 * The web shell's NotificationFeed and the Electron shell's DesktopController both listen.
 */
export class DesktopEventHub {
  private readonly listeners = new Set<DesktopEventListener>();

  emit(event: DesktopEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  subscribe(listener: DesktopEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
