/**
 * Our seam under sip.js: a sip.js Transport plus what the registration layer needs from any transport
 * (a liveness probe). Nothing here assumes WebSocket, so UDP/TCP/TLS transports can be added later
 * next to websocket-transport.ts.
 *
 * Rules every SipTransport keeps, on top of sip.js's Transport rules (node_modules/sip.js/lib/api/transport.d.ts):
 * - it never reconnects by itself; the AccountAgent decides when to reconnect (sip.js rule);
 * - connect() rejects, and onDisconnect receives, a TransportError carrying a typed cause;
 * - a dead peer (no answer to keep-alives) is a lost connection: Disconnected with an error;
 * - bad input from the network never throws: it is logged and dropped.
 */
import type { Transport } from 'sip.js';
import type { Logger } from '../../log/logger';
import type { TlsSettings } from '../../net/tls/tls-options';

/** Sees every SIP message the transport sends or hands to sip.js (tests count REGISTERs with it). */
export type SipTrace = (direction: 'in' | 'out', message: string) => void;

export interface SipTransportOptions {
  /** Where to connect: ws:// or wss:// today. */
  server: string;
  tls: TlsSettings;
  connectTimeoutMs: number;
  /** Keep-alive interval (the account's keep-alive setting); 0 turns keep-alives off. */
  keepAliveIntervalMs: number;
  /** How long to wait for the answer to a keep-alive before the connection counts as lost. */
  keepAliveTimeoutMs: number;
  logger: Logger;
  trace?: SipTrace | undefined;
}

export interface SipTransport extends Transport {
  /**
   * Checks that the peer still answers (e.g. after a network change or resume). Resolves true when it
   * does; false when not connected or when no answer came in time, in which case the transport has
   * already transitioned to Disconnected with an error.
   */
  probe(timeoutMs: number): Promise<boolean>;
}

export function isSipTransport(transport: Transport): transport is SipTransport {
  return typeof (transport as Partial<SipTransport>).probe === 'function';
}
