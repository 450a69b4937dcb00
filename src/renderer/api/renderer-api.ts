import type { SoftphoneApi } from '../../shared/contract';
import { browserSocketFactory } from './client-socket';
import { alwaysConnected } from './connection-state';
import { PreloadClient } from './preload-client';
import type { ConnectionMonitor } from './connection-state';
import { SocketClient } from './socket-client';
import { webShellSocketUrl, webShellToken } from './web-shell-url';

/** The contract client plus what the UI needs to know about the link carrying it. */
export interface RendererApi {
  api: SoftphoneApi;
  connection: ConnectionMonitor;
  /** True in the web shell when the page was opened without the per-run token. */
  tokenMissing: boolean;
}

let instance: RendererApi | undefined;

function createRendererApi(): RendererApi {
  if (window.softphone !== undefined) {
    return { api: new PreloadClient(window.softphone), connection: alwaysConnected, tokenMissing: false };
  }
  const client = new SocketClient({ url: webShellSocketUrl(location), createSocket: browserSocketFactory });
  client.start();
  return { api: client, connection: client, tokenMissing: webShellToken(location) === undefined };
}

/** One client per page: Electron's preload when present, otherwise the web shell's WebSocket. */
export function getRendererApi(): RendererApi {
  instance ??= createRendererApi();
  return instance;
}

export function getSoftphoneApi(): SoftphoneApi {
  return getRendererApi().api;
}
