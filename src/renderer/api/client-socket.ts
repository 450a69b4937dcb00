/**
 * The little the WebSocket client needs from a socket. The browser's WebSocket is adapted to it here;
 * unit tests hand in a fake, so the client never touches a global.
 */
export interface ClientSocket {
  send(text: string): void;
  close(): void;
}

/**
 * Callbacks a socket reports to, never before the factory has returned. `onClose` comes once, also when
 * opening failed.
 */
export interface ClientSocketDelegate {
  onOpen(): void;
  onMessage(text: string): void;
  onClose(): void;
}

export type ClientSocketFactory = (url: string, delegate: ClientSocketDelegate) => ClientSocket;

export const browserSocketFactory: ClientSocketFactory = (url, delegate) => {
  const socket = new WebSocket(url);
  socket.addEventListener('open', () => delegate.onOpen());
  socket.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') delegate.onMessage(event.data);
  });
  // A WebSocket always fires 'close' after 'error', so 'close' alone drives reconnection.
  socket.addEventListener('close', () => delegate.onClose());
  return {
    send: (text) => socket.send(text),
    close: () => socket.close(),
  };
};
