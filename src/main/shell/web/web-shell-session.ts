import type { WebSocket } from 'ws';
import type { ClientMessage, ServerMessage } from '../../../shared/contract';
import { clientMessageSchema } from '../../../shared/contract';
import type { ShellCore } from '../../core';
import { PendingMediaRequests } from '../../media/pending-media-requests';

/** One browser tab's connection: requests in, responses and events out, media requests both ways. */
export class WebShellSession {
  private readonly media = new PendingMediaRequests();
  private readonly unsubscribe: () => void;
  private readonly detachMedia: () => void;

  constructor(
    private readonly ws: WebSocket,
    private readonly core: Pick<ShellCore, 'router' | 'events' | 'media' | 'logger'>,
  ) {
    this.unsubscribe = core.events.subscribe((event, payload) =>
      this.send({ type: 'event', event, payload }),
    );
    this.detachMedia = core.media.attach((method, params) =>
      this.media.start(method, (id) => this.send({ type: 'mediaRequest', id, method, params })),
    );
    ws.on('message', (data: Buffer, isBinary) => {
      if (isBinary) return;
      void this.receive(data.toString('utf8'));
    });
  }

  dispose(): void {
    this.unsubscribe();
    this.detachMedia();
    this.media.rejectAll();
  }

  private async receive(text: string): Promise<void> {
    let message: ClientMessage;
    try {
      message = clientMessageSchema.parse(JSON.parse(text));
    } catch {
      this.core.logger.warn('Web shell: ignored a malformed message from the page');
      return;
    }
    if (message.type === 'request') {
      const envelope = await this.core.router.handle(message.method, message.params);
      this.send({ type: 'response', id: message.id, ...envelope });
      return;
    }
    this.media.settle(message.id, message.ok, message.result, message.error);
  }

  private send(message: ServerMessage): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }
}
