import { describe, expect, it } from 'vitest';
import type { NotificationRequest } from '../../../../../src/shared/contract/desktop';
import { createNotifierPort } from '../../../../../src/main/shell/electron/notification-adapter';
import { FakeNotification } from './fake-electron';

const ringing: NotificationRequest = {
  kind: 'incomingCall',
  tag: 'call:c1',
  title: 'Incoming call',
  body: 'Alice',
  actions: [
    { id: 'answer', title: 'Answer' },
    { id: 'decline', title: 'Decline' },
  ],
  requireInteraction: true,
  callId: 'c1',
};

function setup(platform = 'darwin', supported = true) {
  const created: FakeNotification[] = [];
  const port = createNotifierPort({
    create: (options) => {
      const n = new FakeNotification(options);
      created.push(n);
      return n;
    },
    isSupported: () => supported,
    platform,
  });
  return { created, port };
}

describe('createNotifierPort', () => {
  it('shows native notifications with action buttons and maps a button back to its action', () => {
    const { created, port } = setup();
    const actions: string[] = [];
    expect(port.actionsSupported).toBe(true);
    port.show(ringing, (a) => actions.push(a));
    expect(created[0]!.options).toMatchObject({
      title: 'Incoming call',
      body: 'Alice',
      actions: [
        { type: 'button', text: 'Answer' },
        { type: 'button', text: 'Decline' },
      ],
      timeoutType: 'never',
    });
    created[0]!.emit('action', {}, 1);
    created[0]!.emit('action', {}, 7);
    created[0]!.emit('click');
    expect(actions).toEqual(['decline', 'click']);
  });

  it('replaces a notification with the same tag and closes by tag', () => {
    const { created, port } = setup('win32');
    expect(port.actionsSupported).toBe(false);
    port.show(ringing, () => undefined);
    port.show(ringing, () => undefined);
    expect(created[0]!.closed).toBe(true);
    port.close('call:c1');
    expect(created[1]!.closed).toBe(true);
    port.close('call:unknown');
  });

  it('shows nothing where the OS has no notifications', () => {
    const { created, port } = setup('linux', false);
    port.show(ringing, () => undefined);
    expect(created).toHaveLength(0);
  });
});
