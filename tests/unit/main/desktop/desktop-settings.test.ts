import { describe, expect, it } from 'vitest';
import { readDesktopSettings, resolveLanguage } from '../../../../src/main/desktop/desktop-settings';
import { settingsOf } from './fakes';

describe('readDesktopSettings', () => {
  it('reads every key from the real settings table with its defaults', () => {
    const s = readDesktopSettings(settingsOf(), 'en-US');
    expect(s.behaviour).toEqual({
      startMinimised: false,
      alwaysOnTop: false,
      minimiseToTray: false,
      minimiseOnClose: true,
      focusOnInstantMessage: false,
      flashOnInstantMessage: true,
      activateOnIncomingCall: false,
      flashOnIncomingCall: true,
    });
    expect(s.notifications.onContactOnline).toBe(false);
    expect(s.notifications.onIncomingCall).toBe(true);
    expect(s.automation).toEqual({
      startWithOs: true,
      checkForUpdates: true,
      updateFeedUrl: '',
      registerUriHandlers: true,
    });
    expect(s.shortcuts).toEqual({
      enabled: false,
      answer: 'CommandOrControl+Alt+A',
      hangup: 'CommandOrControl+Alt+H',
      mute: 'CommandOrControl+Alt+M',
      dialClipboard: 'CommandOrControl+Alt+D',
    });
  });

  it('falls back to defaults for values of the wrong type or keys the table lacks', () => {
    const s = readDesktopSettings(
      { get: (key) => (key === 'gui.behaviour.alwaysOnTop' ? 'yes' : undefined) },
      'de-DE',
    );
    expect(s.behaviour.alwaysOnTop).toBe(false);
    expect(s.behaviour.minimiseOnClose).toBe(true);
    expect(s.language).toBe('de');
    const throwing = readDesktopSettings(
      {
        get: () => {
          throw new Error('Unknown setting');
        },
      },
      'en',
    );
    expect(throwing.automation.checkForUpdates).toBe(true);
  });

  it('resolves the language setting, following the OS for "system"', () => {
    expect(resolveLanguage('de', 'en-US')).toBe('de');
    expect(resolveLanguage('en', 'de-AT')).toBe('en');
    expect(resolveLanguage('system', 'de-CH')).toBe('de');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('system', 'design')).toBe('en');
  });
});
