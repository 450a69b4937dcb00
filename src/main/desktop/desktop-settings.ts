/** Reads the settings the desktop integration follows, with the catalog's defaults for anything malformed. */
export interface SettingsReader {
  get(key: string): unknown;
}

export type Language = 'en' | 'de';

export interface DesktopSettings {
  language: Language;
  behaviour: {
    startMinimised: boolean;
    alwaysOnTop: boolean;
    minimiseToTray: boolean;
    minimiseOnClose: boolean;
    focusOnInstantMessage: boolean;
    flashOnInstantMessage: boolean;
    activateOnIncomingCall: boolean;
    flashOnIncomingCall: boolean;
  };
  notifications: {
    onContactOnline: boolean;
    onInstantMessage: boolean;
    onIncomingCall: boolean;
    onVoicemail: boolean;
    onAudioDeviceChange: boolean;
    onNetworkChange: boolean;
  };
  automation: {
    startWithOs: boolean;
    checkForUpdates: boolean;
    updateFeedUrl: string;
    registerUriHandlers: boolean;
  };
  shortcuts: { enabled: boolean; answer: string; hangup: string; mute: string; dialClipboard: string };
}

/** 'system' follows the OS locale: German for any de-* locale, English otherwise. */
export function resolveLanguage(setting: unknown, systemLocale: string): Language {
  if (setting === 'en' || setting === 'de') return setting;
  return /^de\b/i.test(systemLocale) ? 'de' : 'en';
}

export function readDesktopSettings(settings: SettingsReader, systemLocale: string): DesktopSettings {
  const flag = (key: string, fallback: boolean): boolean => {
    const value = safeGet(settings, key);
    return typeof value === 'boolean' ? value : fallback;
  };
  const text = (key: string, fallback: string): string => {
    const value = safeGet(settings, key);
    return typeof value === 'string' ? value.trim() : fallback;
  };
  // Full keys, not built from parts: a unit test finds each implemented setting's key in the code.
  return {
    language: resolveLanguage(safeGet(settings, 'gui.appearance.language'), systemLocale),
    behaviour: {
      startMinimised: flag('gui.behaviour.startMinimised', false),
      alwaysOnTop: flag('gui.behaviour.alwaysOnTop', false),
      minimiseToTray: flag('gui.behaviour.minimiseToTray', false),
      minimiseOnClose: flag('gui.behaviour.minimiseOnClose', true),
      focusOnInstantMessage: flag('gui.behaviour.focusOnInstantMessage', false),
      flashOnInstantMessage: flag('gui.behaviour.flashOnInstantMessage', true),
      activateOnIncomingCall: flag('gui.behaviour.activateOnIncomingCall', false),
      flashOnIncomingCall: flag('gui.behaviour.flashOnIncomingCall', true),
    },
    notifications: {
      onContactOnline: flag('gui.notifications.onContactOnline', false),
      onInstantMessage: flag('gui.notifications.onInstantMessage', true),
      onIncomingCall: flag('gui.notifications.onIncomingCall', true),
      onVoicemail: flag('gui.notifications.onVoicemail', true),
      onAudioDeviceChange: flag('gui.notifications.onAudioDeviceChange', true),
      onNetworkChange: flag('gui.notifications.onNetworkChange', true),
    },
    automation: {
      startWithOs: flag('functions.automation.startWithOs', true),
      checkForUpdates: flag('functions.automation.checkForUpdates', true),
      updateFeedUrl: text('functions.automation.updateFeedUrl', ''),
      registerUriHandlers: flag('functions.automation.registerUriHandlers', true),
    },
    shortcuts: {
      enabled: flag('functions.shortcuts.enabled', false),
      answer: text('functions.shortcuts.answer', ''),
      hangup: text('functions.shortcuts.hangup', ''),
      mute: text('functions.shortcuts.mute', ''),
      dialClipboard: text('functions.shortcuts.dialClipboard', ''),
    },
  };
}

function safeGet(settings: SettingsReader, key: string): unknown {
  try {
    return settings.get(key);
  } catch {
    // An older settings table without this key: the default applies.
    return undefined;
  }
}
