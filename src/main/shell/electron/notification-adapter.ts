import type { NotificationConstructorOptions } from 'electron';
import type { NotificationActionId, NotificationRequest } from '../../../shared/contract/desktop';
import type { NotifierPort } from '../../desktop/desktop-controller';

/** The Notification methods used; a real Electron Notification or a recording fake. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: (event: unknown, index: number) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NotificationAdapterOptions {
  create(options: NotificationConstructorOptions): NotificationLike;
  isSupported(): boolean;
  platform: string;
}

/**
 * Native notifications. Action buttons exist on macOS only (Windows toasts
 * would need custom toast XML), so elsewhere a click opens the window and the
 * call is answered there. Live notifications are kept by tag: a newer one with
 * the same tag replaces the older, and `close` can find it.
 */
export function createNotifierPort(options: NotificationAdapterOptions): NotifierPort {
  const live = new Map<string, NotificationLike>();
  return {
    actionsSupported: options.platform === 'darwin',
    show(request: NotificationRequest, onAction: (action: NotificationActionId | 'click') => void) {
      if (!options.isSupported()) return;
      live.get(request.tag)?.close();
      const notification = options.create({
        title: request.title,
        body: request.body,
        actions: request.actions.map((a) => ({ type: 'button' as const, text: a.title })),
        timeoutType: request.requireInteraction ? 'never' : 'default',
        urgency: request.kind === 'incomingCall' ? 'critical' : 'normal',
      });
      notification.on('click', () => onAction('click'));
      notification.on('action', (_event, index) => {
        const action = request.actions[index];
        if (action) onAction(action.id);
      });
      notification.on('close', () => {
        if (live.get(request.tag) === notification) live.delete(request.tag);
      });
      live.set(request.tag, notification);
      notification.show();
    },
    close(tag: string) {
      const notification = live.get(tag);
      live.delete(tag);
      notification?.close();
    },
  };
}
