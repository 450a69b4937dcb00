import type { Language } from './desktop-settings';
import type { PresenceState } from './presence';

/** Every user-facing text of the desktop integration, English and German side by side. */
const texts = {
  show: { en: 'Show Softphone', de: 'Softphone anzeigen' },
  hide: { en: 'Hide Softphone', de: 'Softphone ausblenden' },
  doNotDisturb: { en: 'Do not disturb', de: 'Nicht stören' },
  presence: { en: 'Presence', de: 'Präsenz' },
  quit: { en: 'Quit', de: 'Beenden' },
  registered: { en: 'Registered', de: 'Angemeldet' },
  registering: { en: 'Registering…', de: 'Anmeldung läuft…' },
  unregistered: { en: 'Not registered', de: 'Nicht angemeldet' },
  failed: { en: 'Registration failed', de: 'Anmeldung fehlgeschlagen' },
  noAccount: { en: 'No account set up', de: 'Kein Konto eingerichtet' },
  missedCalls: { en: '{n} missed call(s)', de: '{n} verpasste(r) Anruf(e)' },
  newVoicemail: { en: '{n} new voicemail message(s)', de: '{n} neue Sprachnachricht(en)' },
  incomingCall: { en: 'Incoming call', de: 'Eingehender Anruf' },
  missedCall: { en: 'Missed call', de: 'Verpasster Anruf' },
  answer: { en: 'Answer', de: 'Annehmen' },
  decline: { en: 'Decline', de: 'Ablehnen' },
  callBack: { en: 'Call back', de: 'Zurückrufen' },
  voicemailTitle: { en: 'New voicemail', de: 'Neue Sprachnachricht' },
  voicemailBody: { en: '{n} new message(s)', de: '{n} neue Nachricht(en)' },
  messageFrom: { en: 'Message from {name}', de: 'Nachricht von {name}' },
  contactOnline: { en: '{name} is online', de: '{name} ist online' },
  deviceConnected: { en: 'Audio device connected', de: 'Audiogerät angeschlossen' },
  deviceDisconnected: { en: 'Audio device disconnected', de: 'Audiogerät getrennt' },
  networkOnline: { en: 'Network connected', de: 'Netzwerk verbunden' },
  networkOnlineBody: {
    en: 'The softphone registers again.',
    de: 'Das Softphone meldet sich erneut an.',
  },
  networkOffline: { en: 'Network connection lost', de: 'Netzwerkverbindung verloren' },
  networkOfflineBody: {
    en: 'Calls are not possible until the network is back.',
    de: 'Bis das Netzwerk wieder da ist, sind keine Anrufe möglich.',
  },
  unknownCaller: { en: 'Unknown caller', de: 'Unbekannter Anrufer' },
  quitDuringCallTitle: { en: 'Quit during a call?', de: 'Während eines Gesprächs beenden?' },
  quitDuringCallMessage: {
    en: 'Quitting ends your calls in progress and signs you off, so you will not receive calls.',
    de: 'Beenden trennt Ihre laufenden Gespräche und meldet Sie ab, sodass Sie keine Anrufe mehr erhalten.',
  },
  quitAnyway: { en: 'End calls and quit', de: 'Gespräche trennen und beenden' },
  cancel: { en: 'Cancel', de: 'Abbrechen' },
  updateReadyTitle: { en: 'Update ready', de: 'Update bereit' },
  updateReadyMessage: {
    en: 'Version {version} has been downloaded. Restart the softphone to install it.',
    de: 'Version {version} wurde heruntergeladen. Starten Sie das Softphone neu, um sie zu installieren.',
  },
  updateWaitsForCall: {
    en: 'The update is installed as soon as your call has ended.',
    de: 'Das Update wird installiert, sobald Ihr Gespräch beendet ist.',
  },
  restartNow: { en: 'Restart now', de: 'Jetzt neu starten' },
  later: { en: 'Later', de: 'Später' },
  available: { en: 'Available', de: 'Verfügbar' },
  away: { en: 'Away', de: 'Abwesend' },
  busy: { en: 'Busy', de: 'Beschäftigt' },
  dnd: { en: 'Do not disturb', de: 'Nicht stören' },
  offline: { en: 'Appear offline', de: 'Offline anzeigen' },
} as const satisfies Record<string, Record<Language, string>>;

export type TextKey = keyof typeof texts;

/** The text in the given language with `{name}` placeholders filled in. */
export function text(language: Language, key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function presenceLabel(language: Language, state: PresenceState): string {
  return text(language, state);
}
