import type { PreloadBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web shell, which uses a WebSocket instead. */
    softphone?: PreloadBridge;
  }
}

export {};
