import { describe, expect, it } from 'vitest';
import type { TrayInput } from '../../../../src/main/desktop/tray-view';
import { summariseRegistration, trayView } from '../../../../src/main/desktop/tray-view';

const registered = { registration: { state: 'registered' as const } };
const base: TrayInput = {
  accounts: [registered],
  presence: 'available',
  missedCalls: 0,
  windowVisible: true,
  language: 'en',
};

describe('trayView', () => {
  it('shows registration problems before missed calls and presence', () => {
    expect(trayView(base).icon).toBe('registered');
    expect(trayView({ ...base, presence: 'dnd' }).icon).toBe('dnd');
    expect(trayView({ ...base, presence: 'dnd', missedCalls: 2 }).icon).toBe('missed');
    expect(
      trayView({ ...base, accounts: [registered, { registration: { state: 'failed' } }], missedCalls: 2 })
        .icon,
    ).toBe('failed');
    expect(trayView({ ...base, accounts: [{ registration: { state: 'registering' } }] }).icon).toBe(
      'registering',
    );
    expect(trayView({ ...base, accounts: [] }).icon).toBe('offline');
  });

  it('says first that the microphone is muted while a call is, in both languages', () => {
    expect(trayView({ ...base, muted: true }).tooltip).toBe(
      'Softphone\nMicrophone muted in the call\nRegistered\nAvailable',
    );
    expect(trayView({ ...base, muted: true, language: 'de' }).tooltip.split('\n')[1]).toBe(
      'Mikrofon im Gespräch stumm',
    );
    expect(trayView({ ...base, muted: false }).tooltip).toBe('Softphone\nRegistered\nAvailable');
  });

  it('says state, presence and missed calls in the tooltip, in German too', () => {
    expect(trayView({ ...base, missedCalls: 3 }).tooltip).toBe(
      'Softphone\nRegistered\nAvailable\n3 missed calls',
    );
    const mailbox = (newMessages: number) => ({
      ...registered,
      voicemail: { waiting: newMessages > 0, newMessages, oldMessages: 4 },
    });
    expect(trayView({ ...base, accounts: [mailbox(2), mailbox(1), mailbox(0)] }).tooltip).toBe(
      'Softphone\nRegistered\nAvailable\n3 new voicemail messages',
    );
    expect(trayView({ ...base, accounts: [mailbox(0)] }).tooltip).toBe('Softphone\nRegistered\nAvailable');
    expect(trayView({ ...base, language: 'de', accounts: [] }).tooltip).toBe(
      'Softphone\nKein Konto eingerichtet\nVerfügbar',
    );
  });

  it('offers show/hide, do not disturb, presence and quit', () => {
    const menu = trayView({ ...base, presence: 'away', windowVisible: false }).menu;
    expect(menu[0]).toEqual({ type: 'normal', id: 'toggleWindow', label: 'Show Softphone' });
    expect(menu[2]).toEqual({ type: 'checkbox', id: 'toggleDnd', label: 'Do not disturb', checked: false });
    const presence = menu[3];
    if (presence?.type !== 'submenu') throw new Error('presence submenu missing');
    expect(
      presence.items.filter((i) => i.type === 'radio' && i.checked).map((i) => 'id' in i && i.id),
    ).toEqual(['presence:away']);
    expect(menu.at(-1)).toEqual({ type: 'normal', id: 'quit', label: 'Quit' });
    expect(trayView(base).menu[0]).toMatchObject({ label: 'Hide Softphone' });
  });

  it('summarises accounts worst first', () => {
    expect(summariseRegistration([])).toBe('none');
    expect(summariseRegistration([{ registration: { state: 'unregistered' } }])).toBe('offline');
  });
});
