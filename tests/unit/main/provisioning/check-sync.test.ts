import type { Notification } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { handleOutOfDialogNotify, isCheckSync } from '../../../../src/main/provisioning/check-sync';

function fakeNotification(event: string | undefined) {
  const answers: string[] = [];
  const notification = {
    request: { getHeader: (name: string) => (name === 'Event' ? event : undefined) },
    accept: () => {
      answers.push('200');
      return Promise.resolve();
    },
    reject: (options?: { statusCode?: number }) => {
      answers.push(String(options?.statusCode));
      return Promise.resolve();
    },
  } as unknown as Notification;
  return { notification, answers };
}

describe('check-sync', () => {
  it.each([
    ['check-sync', true],
    ['check-sync;reboot=false', true],
    [' Check-Sync ; reboot=true', true],
    ['message-summary', false],
    ['check-sync-extra', false],
    [undefined, false],
  ])('isCheckSync(%s) → %s', (event, expected) => {
    expect(isCheckSync(event)).toBe(expected);
  });

  it('accepts check-sync with 200 and asks for a provisioning', () => {
    const { notification, answers } = fakeNotification('check-sync;reboot=false');
    let asked = 0;
    handleOutOfDialogNotify(notification, () => asked++);
    expect(answers).toEqual(['200']);
    expect(asked).toBe(1);
  });

  it('answers any other event 481, as sip.js does without a handler', () => {
    const { notification, answers } = fakeNotification('x-unknown');
    let asked = 0;
    handleOutOfDialogNotify(notification, () => asked++);
    expect(answers).toEqual(['481']);
    expect(asked).toBe(0);
  });
});
