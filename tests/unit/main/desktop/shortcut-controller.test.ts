import { describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../../../src/main/desktop/desktop-settings';
import { ShortcutController } from '../../../../src/main/desktop/shortcut-controller';
import { FakeShortcuts } from './fakes';

const on: DesktopSettings['shortcuts'] = {
  enabled: true,
  answer: 'CommandOrControl+Alt+A',
  hangup: 'CommandOrControl+Alt+H',
  mute: 'CommandOrControl+Alt+M',
  dialClipboard: 'CommandOrControl+Alt+D',
};

function setup() {
  const port = new FakeShortcuts();
  const pressed: string[] = [];
  const controller = new ShortcutController(port, {
    answer: () => pressed.push('answer'),
    hangup: () => pressed.push('hangup'),
    mute: () => pressed.push('mute'),
    dialClipboard: () => pressed.push('dialClipboard'),
  });
  return { port, pressed, controller };
}

describe('ShortcutController', () => {
  it('registers nothing while off (the default)', () => {
    const { port, controller } = setup();
    expect(controller.apply({ ...on, enabled: false })).toEqual({ registered: [], failed: [] });
    expect(port.active.size).toBe(0);
  });

  it('registers each shortcut and runs its action', () => {
    const { port, pressed, controller } = setup();
    const status = controller.apply(on);
    expect(status?.registered.map((r) => r.action)).toEqual(['answer', 'hangup', 'mute', 'dialClipboard']);
    port.press('CommandOrControl+Alt+H');
    port.press('CommandOrControl+Alt+D');
    expect(pressed).toEqual(['hangup', 'dialClipboard']);
  });

  it('reports shortcuts another application holds, malformed ones and duplicates', () => {
    const { port, controller } = setup();
    port.takenElsewhere.add('CommandOrControl+Alt+A');
    const status = controller.apply({ ...on, mute: 'Bogus+Key', dialClipboard: 'commandorcontrol+alt+h' });
    expect(status?.failed).toEqual([
      { action: 'answer', accelerator: 'CommandOrControl+Alt+A' },
      { action: 'mute', accelerator: 'Bogus+Key' },
      { action: 'dialClipboard', accelerator: 'commandorcontrol+alt+h' },
    ]);
    expect(status?.registered).toEqual([{ action: 'hangup', accelerator: 'CommandOrControl+Alt+H' }]);
  });

  it('re-registers on a settings change, only when the shortcuts changed, and releases all when off', () => {
    const { port, controller } = setup();
    controller.apply(on);
    expect(controller.apply({ ...on })).toBeUndefined();
    controller.apply({ ...on, answer: 'F9', mute: '' });
    expect([...port.active.keys()].sort()).toEqual([
      'CommandOrControl+Alt+D',
      'CommandOrControl+Alt+H',
      'F9',
    ]);
    controller.apply({ ...on, enabled: false });
    expect(port.active.size).toBe(0);
  });

  it('releases everything on dispose', () => {
    const { port, controller } = setup();
    controller.apply(on);
    controller.dispose();
    expect(port.active.size).toBe(0);
  });
});
