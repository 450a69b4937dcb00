import { describe, expect, it } from 'vitest';
import { readDesktopSettings } from '../../../../src/main/desktop/desktop-settings';
import { decideNotification } from '../../../../src/main/desktop/notification-policy';
import type { DesktopEvent } from '../../../../src/shared/contract/desktop';
import { notificationRequestSchema } from '../../../../src/shared/contract/desktop';
import { settingsOf } from './fakes';

const en = readDesktopSettings(settingsOf(), 'en-US');
const de = readDesktopSettings(settingsOf({ 'gui.appearance.language': 'de' }), 'en-US');
const withActions = { actionsSupported: true };
const incoming: DesktopEvent = {
  type: 'incomingCall',
  callId: 'c1',
  remoteNumber: '+4930123',
  remoteName: 'Alice',
};

function request(event: DesktopEvent, settings = en, options = withActions) {
  const decision = decideNotification(event, settings, options);
  if (decision.type !== 'show') throw new Error(`expected a notification, got ${decision.type}`);
  expect(notificationRequestSchema.parse(decision.request)).toEqual(decision.request);
  return decision.request;
}

describe('decideNotification', () => {
  it('announces an incoming call with answer and decline where the OS has actions', () => {
    expect(request(incoming)).toEqual({
      kind: 'incomingCall',
      tag: 'call:c1',
      title: 'Incoming call',
      body: 'Alice (+4930123)',
      actions: [
        { id: 'answer', title: 'Answer' },
        { id: 'decline', title: 'Decline' },
      ],
      requireInteraction: true,
      callId: 'c1',
    });
    expect(request(incoming, en, { actionsSupported: false }).actions).toEqual([]);
  });

  it('speaks German when the language setting says so', () => {
    const r = request({ ...incoming, remoteName: '' }, de);
    expect(r.title).toBe('Eingehender Anruf');
    expect(r.body).toBe('+4930123');
    expect(r.actions.map((a) => a.title)).toEqual(['Annehmen', 'Ablehnen']);
    expect(request({ type: 'network', online: false }, de).title).toBe('Netzwerkverbindung verloren');
  });

  it('closes the call notification when the call stops ringing, even with notifications off', () => {
    const off = readDesktopSettings(settingsOf({ 'gui.notifications.onIncomingCall': false }), 'en');
    expect(decideNotification({ type: 'incomingCallEnded', callId: 'c1' }, off, withActions)).toEqual({
      type: 'close',
      tag: 'call:c1',
    });
    expect(decideNotification(incoming, off, withActions)).toEqual({ type: 'none' });
  });

  it('offers to call back a missed call and names an unknown caller', () => {
    const r = request({ type: 'missedCall', callId: 'c2', remoteNumber: '', remoteName: '' });
    expect(r).toMatchObject({ kind: 'missedCall', body: 'Unknown caller', actions: [] });
    expect(request({ type: 'missedCall', callId: 'c3', remoteNumber: '200', remoteName: '' })).toMatchObject({
      number: '200',
      actions: [{ id: 'callBack', title: 'Call back' }],
    });
  });

  it.each([
    ['gui.notifications.onVoicemail', { type: 'voicemail', accountId: 'a1', newMessages: 2 }],
    [
      'gui.notifications.onInstantMessage',
      { type: 'instantMessage', from: '200', fromName: 'Bob', text: 'hi' },
    ],
    ['gui.notifications.onContactOnline', { type: 'contactOnline', contactName: 'Bob' }],
    ['gui.notifications.onAudioDeviceChange', { type: 'audioDevice', change: 'connected', label: 'Jabra' }],
    ['gui.notifications.onNetworkChange', { type: 'network', online: true }],
  ] as [string, DesktopEvent][])('%s switches its notification', (key, event) => {
    const on = readDesktopSettings(settingsOf({ [key]: true }), 'en');
    const off = readDesktopSettings(settingsOf({ [key]: false }), 'en');
    expect(decideNotification(event, on, withActions).type).toBe('show');
    expect(decideNotification(event, off, withActions).type).toBe('none');
  });

  it('fills the texts of the other kinds', () => {
    expect(request({ type: 'voicemail', accountId: 'a1', newMessages: 3 })).toMatchObject({
      title: 'New voicemail',
      body: '3 new messages',
      tag: 'voicemail:a1',
    });
    expect(request({ type: 'instantMessage', from: '200', fromName: '', text: 'hi' }).title).toBe(
      'Message from 200',
    );
    expect(request({ type: 'audioDevice', change: 'disconnected', label: 'Jabra' }, de).title).toBe(
      'Audiogerät getrennt',
    );
    expect(
      decideNotification({ type: 'voicemail', accountId: 'a1', newMessages: 0 }, en, withActions).type,
    ).toBe('none');
  });

  it('pops nothing up in do not disturb', () => {
    expect(decideNotification(incoming, en, { actionsSupported: true, dnd: true })).toEqual({ type: 'none' });
  });
});
