import { describe, expect, it } from 'vitest';
import type { NativeImage } from 'electron';
import { createTrayPort } from '../../../../../src/main/shell/electron/tray-adapter';
import { trayView } from '../../../../../src/main/desktop/tray-view';
import type { TrayCommand } from '../../../../../src/main/desktop/tray-view';
import { FakeTray } from './fake-electron';

describe('createTrayPort', () => {
  it('creates the tray once, swaps the icon only when it changes, and routes menu clicks', () => {
    const trays: FakeTray[] = [];
    const commands: TrayCommand[] = [];
    let clicks = 0;
    const port = createTrayPort({
      createTray: (image) => {
        const tray = new FakeTray(image);
        trays.push(tray);
        return tray;
      },
      buildMenu: (template) => ({ template }),
      image: (icon) => `img:${icon}` as unknown as NativeImage,
      onCommand: (c) => commands.push(c),
      onClick: () => clicks++,
    });
    const input = {
      accounts: [{ registration: { state: 'registered' as const } }],
      presence: 'available' as const,
      missedCalls: 0,
      windowVisible: true,
      language: 'en' as const,
    };
    port.update(trayView(input));
    port.update(trayView(input));
    port.update(trayView({ ...input, missedCalls: 1 }));
    expect(trays).toHaveLength(1);
    const tray = trays[0]!;
    expect(tray.images).toEqual(['img:registered', 'img:missed']);
    expect(tray.tooltip).toContain('1 missed call');
    tray.clickMenu('presence:busy');
    tray.clickMenu('quit');
    tray.emit('click');
    expect(commands).toEqual(['presence:busy', 'quit']);
    expect(clicks).toBe(1);
    port.destroy();
    expect(tray.destroyed).toBe(true);
  });
});
