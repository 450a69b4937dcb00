import { describe, expect, it } from 'vitest';
import type { NotificationRequest } from '../../../../../src/shared/contract/desktop';
import type { ShownNotification } from '../../../../../src/renderer/features/desktop/notification-mapping';
import {
  NotificationBoard,
  notificationArguments,
} from '../../../../../src/renderer/features/desktop/notification-mapping';

const incoming: NotificationRequest = {
  kind: 'incomingCall',
  tag: 'call:1',
  title: 'Incoming call',
  body: 'Alice (1001)',
  actions: [],
  requireInteraction: true,
  callId: '1',
};

class Recorded implements ShownNotification {
  closed = false;
  onclick: ((event: Event) => void) | null = null;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {}
  close() {
    this.closed = true;
  }
}

function board() {
  const created: Recorded[] = [];
  let focused = 0;
  const notifications = new NotificationBoard(
    (title, options) => {
      const shown = new Recorded(title, options);
      created.push(shown);
      return shown;
    },
    () => (focused += 1),
  );
  return { notifications, created, focused: () => focused };
}

describe('notification mapping', () => {
  it('maps title, body, tag and requireInteraction', () => {
    expect(notificationArguments(incoming)).toEqual({
      title: 'Incoming call',
      options: { body: 'Alice (1001)', tag: 'call:1', requireInteraction: true },
    });
  });

  it('closes by tag, and only that one', () => {
    const { notifications, created } = board();
    notifications.show(incoming);
    notifications.show({ ...incoming, tag: 'missed:2', requireInteraction: false });
    notifications.close('call:1');
    expect(created.map((n) => n.closed)).toEqual([true, false]);
    expect(notifications.tags).toEqual(['missed:2']);
    notifications.close('unknown');
    expect(created[1]?.closed).toBe(false);
  });

  it('replaces an earlier notification with the same tag', () => {
    const { notifications, created } = board();
    notifications.show(incoming);
    notifications.show({ ...incoming, body: 'Alice again' });
    expect(created.map((n) => n.closed)).toEqual([true, false]);
    expect(notifications.tags).toEqual(['call:1']);
  });

  it('a click focuses the window and closes the notification', () => {
    const { notifications, created, focused } = board();
    notifications.show(incoming);
    created[0]?.onclick?.(new Event('click'));
    expect(focused()).toBe(1);
    expect(created[0]?.closed).toBe(true);
    expect(notifications.tags).toEqual([]);
  });
});
