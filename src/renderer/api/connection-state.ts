import type { Unsubscribe } from '../../shared/contract';

/**
 * State of the renderer's link to main.
 *
 *   connecting ──open──▶ connected ──drop──▶ reconnecting ──open──▶ connected
 *        │                                        ▲  │
 *        └──────────────fail──────────────────────┘  └─fail─▶ reconnecting (next try later)
 *
 * - connecting: the first attempt is under way; requests wait in a queue.
 * - connected: requests and events flow.
 * - reconnecting: the socket dropped (or never opened); a retry is scheduled with backoff. Requests that
 *   were already sent fail with UNAVAILABLE, new ones wait for the next connection.
 * Electron's preload has no socket and is always `connected`.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface ConnectionMonitor {
  readonly state: ConnectionState;
  /** Calls the listener on every change of state, not with the current one. */
  onChange(listener: (state: ConnectionState) => void): Unsubscribe;
}

export const alwaysConnected: ConnectionMonitor = {
  state: 'connected',
  onChange: () => () => undefined,
};
