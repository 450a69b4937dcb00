import { useEffect, useSyncExternalStore } from 'react';
import { useApi } from '../../kit/api-context';
import { NotificationBoard } from './notification-mapping';

type Permission = NotificationPermission | 'unsupported';

function browserPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

// The browser announces no permission change to the page (Permissions API aside), so the button that
// asks tells the other readers itself.
const permissionListeners = new Set<() => void>();
function permissionChanged(): void {
  for (const listener of permissionListeners) listener();
}

/** The Notification permission, kept current after `requestNotificationPermission`. */
export function useNotificationPermission(): Permission {
  return useSyncExternalStore((listener) => {
    permissionListeners.add(listener);
    return () => permissionListeners.delete(listener);
  }, browserPermission);
}

/** Must run inside a user gesture (a click), or browsers refuse without asking. */
export async function requestNotificationPermission(): Promise<Permission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    await Notification.requestPermission();
  } finally {
    permissionChanged();
  }
  return Notification.permission;
}

/**
 * The web shell shows main's notifications (an incoming call, a missed call…) with the browser's
 * Notification API; the Electron shell notifies natively, so `enabled` is true only for the web shell.
 */
export function useWebNotifications(enabled: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!enabled || typeof Notification === 'undefined') return;
    const board = new NotificationBoard(
      (title, options) => new Notification(title, options),
      () => window.focus(),
    );
    const offShow = api.on('notifications.show', (request) => {
      if (Notification.permission === 'granted') board.show(request);
    });
    const offClose = api.on('notifications.close', ({ tag }) => board.close(tag));
    return () => {
      offShow();
      offClose();
      board.closeAll();
    };
  }, [api, enabled]);
}
