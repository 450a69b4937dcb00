import type { Notification } from 'sip.js';
import { describe, expect, it } from 'vitest';
import {
  handleOutOfDialogNotify,
  isCheckSync,
  isMessageSummary,
} from '../../../../src/main/sip/out-of-dialog-notify';

function fakeNotification(event: string | undefined, body = '', contentType?: string) {
  const answers: string[] = [];
  const headers: Record<string, string | undefined> = { Event: event, 'Content-Type': contentType };
  const notification = {
    request: { getHeader: (name: string) => headers[name], body },
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

  it.each([
    ['message-summary', true],
    ['Message-Summary;id=1', true],
    ['message-summary-x', false],
    ['check-sync', false],
    [undefined, false],
  ])('isMessageSummary(%s) → %s', (event, expected) => {
    expect(isMessageSummary(event)).toBe(expected);
  });

  it('accepts check-sync with 200 and asks for a provisioning', () => {
    const { notification, answers } = fakeNotification('check-sync;reboot=false');
    let asked = 0;
    let summaries = 0;
    handleOutOfDialogNotify(
      notification,
      () => asked++,
      () => summaries++,
    );
    expect(answers).toEqual(['200']);
    expect(asked).toBe(1);
    expect(summaries).toBe(0);
  });

  it('answers any other event 481, as sip.js does without a handler', () => {
    const { notification, answers } = fakeNotification('x-unknown');
    let asked = 0;
    let summaries = 0;
    handleOutOfDialogNotify(
      notification,
      () => asked++,
      () => summaries++,
    );
    expect(answers).toEqual(['481']);
    expect(asked).toBe(0);
    expect(summaries).toBe(0);
  });

  it('accepts message-summary with 200 and hands over its body and Content-Type', () => {
    const body = 'Messages-Waiting: yes\r\nVoice-Message: 1/0\r\n';
    const { notification, answers } = fakeNotification(
      'message-summary',
      body,
      'application/simple-message-summary',
    );
    const summaries: [string, string | undefined][] = [];
    let asked = 0;
    handleOutOfDialogNotify(
      notification,
      () => asked++,
      (text, type) => summaries.push([text, type]),
    );
    expect(answers).toEqual(['200']);
    expect(summaries).toEqual([[body, 'application/simple-message-summary']]);
    expect(asked).toBe(0);
  });

  it('answers message-summary 481 when nobody handles it', () => {
    const { notification, answers } = fakeNotification('message-summary', 'Messages-Waiting: yes');
    handleOutOfDialogNotify(notification, () => undefined);
    expect(answers).toEqual(['481']);
  });
});
