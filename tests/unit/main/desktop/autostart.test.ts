import { describe, expect, it } from 'vitest';
import type { LoginItemSettings } from '../../../../src/main/desktop/autostart';
import {
  AutostartController,
  launchedHidden,
  linuxDesktopEntry,
  loginItemSettings,
} from '../../../../src/main/desktop/autostart';

function setup(platform: string, isPackaged = true) {
  const items: LoginItemSettings[] = [];
  const files = new Map<string, string>();
  const failWrites = { on: false };
  const controller = new AutostartController({
    platform,
    isPackaged,
    execPath: '/opt/Soft Phone/softphone',
    linuxAutostartDir: '/home/u/.config/autostart',
    loginItems: { setLoginItemSettings: (s) => items.push(s) },
    files: {
      write: (path, content) => {
        if (failWrites.on) throw new Error('EACCES: permission denied');
        files.set(path, content);
      },
      remove: (path) => files.delete(path),
    },
  });
  return { items, files, controller, failWrites };
}

describe('autostart', () => {
  it('registers a hidden login item on Windows and macOS, once per change', () => {
    const { items, controller } = setup('win32');
    expect(controller.apply(true)).toEqual({ ok: true });
    controller.apply(true);
    controller.apply(false);
    expect(items).toEqual([
      { openAtLogin: true, openAsHidden: true, args: ['--hidden'] },
      { openAtLogin: false, openAsHidden: false, args: [] },
    ]);
    expect(loginItemSettings(true).args).toEqual(['--hidden']);
  });

  it('writes and removes an XDG autostart entry on Linux', () => {
    const { files, controller } = setup('linux');
    controller.apply(true);
    expect(files.get('/home/u/.config/autostart/softphone.desktop')).toContain(
      'Exec="/opt/Soft Phone/softphone" --hidden',
    );
    controller.apply(false);
    expect(files.size).toBe(0);
  });

  it('reports a failure with what to do, and tries again next time', () => {
    const { files, controller, failWrites } = setup('linux');
    failWrites.on = true;
    const result = controller.apply(true);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/Could not add the softphone .*EACCES.*autostart folder/);
    failWrites.on = false;
    expect(controller.apply(true)).toEqual({ ok: true });
    expect(files.size).toBe(1);
  });

  it('registers nothing in development', () => {
    const { items, controller } = setup('darwin', false);
    controller.apply(true);
    expect(items).toEqual([]);
  });

  it('knows a hidden launch', () => {
    expect(launchedHidden(['/x/softphone', '--hidden'])).toBe(true);
    expect(launchedHidden(['/x/softphone'], true)).toBe(true);
    expect(launchedHidden(['/x/softphone'])).toBe(false);
    expect(linuxDesktopEntry('/usr/bin/softphone')).toContain('Exec=/usr/bin/softphone --hidden\n');
  });
});
