import type { globalSettingsEn } from '../en/global-settings';
import type { SameKeys } from '../same-keys';

/** German texts of the global settings; the type forces exactly the keys of en/global-settings.ts. */
export const globalSettingsDe: SameKeys<typeof globalSettingsEn> = {
  globalSettingTexts: {
    groups: {
      'media.audio': 'Medien > Audio',
      'gui.appearance': 'Oberfläche > Darstellung',
      'gui.behaviour': 'Oberfläche > Verhalten',
      'gui.notifications': 'Oberfläche > Pop-up-Benachrichtigungen',
      'functions.calls': 'Funktionen > Anrufe',
      'functions.headset': 'Funktionen > Headset',
      'functions.automation': 'Funktionen > Automatisierung',
      'functions.shortcuts': 'Funktionen > Globale Tastenkürzel',
      'contacts.cloud': 'Kontakte > Google und Outlook',
      'functions.automation.callEvents': 'Funktionen > Automatisierung > Anrufereignisse',
      'functions.provisioning': 'Funktionen > Provisionierung',
      'advanced.stun': 'Funktionen > Erweitert > Globaler STUN',
      'advanced.tls': 'Funktionen > Erweitert > TLS',
      'advanced.network': 'Funktionen > Erweitert > Netzwerk',
    },
    fields: {
      'media.audio.inputDevice': {
        label: 'Eingabegerät (Standard)',
        help: 'Das Mikrofon für Gespräche.',
      },
      'media.audio.outputDevice': {
        label: 'Ausgabegerät (Standard)',
        help: 'Der Lautsprecher oder das Headset für Gespräche.',
      },
      'media.audio.speakerInputDevice': {
        label: 'Eingabegerät (Freisprechen)',
        help: 'Das Mikrofon im Freisprechmodus.',
      },
      'media.audio.speakerOutputDevice': {
        label: 'Ausgabegerät (Freisprechen)',
        help: 'Der Lautsprecher im Freisprechmodus.',
      },
      'media.audio.ringerDevice': {
        label: 'Klingelgerät',
        help: 'Der Lautsprecher, über den das Softphone klingelt.',
      },
      'media.audio.automaticMicrophoneSelection': {
        label: 'Automatische Mikrofonauswahl',
        help: 'Wechselt zu einem neu angeschlossenen Mikrofon, z. B. einem USB-Headset, das während einer Konferenz eingesteckt wird.',
      },
      'media.audio.echoCancellation': {
        label: 'Echounterdrückung',
        help: 'Verringert das Echo, das Ihr Gesprächspartner hört. Lassen Sie die Funktion eingeschaltet, sofern Ihr Tischtelefon keine eigene Echounterdrückung hat.',
      },
      'media.audio.automaticGainControl': {
        label: 'Automatische Verstärkungsregelung',
        help: 'Hält Ihre Stimme unabhängig von Mikrofon und Abstand auf der richtigen Lautstärke.',
      },
      'media.audio.noiseSuppression': {
        label: 'Rauschunterdrückung',
        help: 'Entfernt störende Hintergrundgeräusche während des Gesprächs.',
      },
      'media.audio.muteEarlyMedia': {
        label: 'Early Media stummschalten (ausgehende Anrufe)',
        help: 'Unterdrückt Töne und Ansagen, die das Netz vor der Annahme des Anrufs einspielt.',
      },
      'media.audio.ringThroughPcSpeaker': {
        label: 'Zusätzlich über PC-Lautsprecher klingeln',
        help: 'Klingelt zusätzlich zum Headset über den PC-Lautsprecher, damit Sie Anrufe auch ohne aufgesetztes Headset hören.',
      },
      'media.audio.disableDtmfSounds': {
        label: 'DTMF-Töne stummschalten',
        help: 'Keine lokalen Tastentöne. Die an die Telefonanlage gesendeten Töne sind davon nicht betroffen.',
      },
      'media.audio.instantMessageSound': {
        label: 'Ton bei neuen Chat-Nachrichten',
        help: 'WAV-Datei, die bei einer neuen Nachricht abgespielt wird; leer bedeutet den eingebauten Ton.',
      },
      'gui.appearance.language': {
        label: 'Sprache',
        options: {
          system: 'Systemsprache',
          en: 'English',
          de: 'Deutsch',
        },
      },
      'gui.appearance.messageBalloons': {
        label: 'Sprechblasen im Chat',
      },
      'gui.appearance.hideAvatars': {
        label: 'Avatare ausblenden',
      },
      'gui.appearance.animations': {
        label: 'Animationen',
      },
      'gui.appearance.compactMode': {
        label: 'Kompaktmodus',
        help: 'Zeigt nur das Hauptfenster; das Gesprächsfenster bleibt geschlossen, wenn Sie einen Kontakt oder einen letzten Anruf auswählen.',
      },
      'gui.appearance.theme': {
        label: 'Farbschema',
        options: {
          system: 'Wie im System',
          light: 'Hell',
          dark: 'Dunkel',
        },
      },
      'gui.behaviour.startMinimised': {
        label: 'Minimiert starten',
      },
      'gui.behaviour.alwaysOnTop': {
        label: 'Immer im Vordergrund',
      },
      'gui.behaviour.minimiseToTray': {
        label: 'In den Infobereich minimieren',
        help: 'Die Schaltfläche „Minimieren“ verschiebt das Softphone in den Infobereich.',
      },
      'gui.behaviour.minimiseOnClose': {
        label: 'Beim Schließen minimieren',
        help: 'Nach dem Schließen des Fensters läuft das Softphone weiter, sodass Sie weiterhin Anrufe erhalten.',
      },
      'gui.behaviour.collapseOnHangup': {
        label: 'Nach dem Auflegen einklappen',
        help: 'Schließt das Gesprächsfenster und wechselt in den Kompaktmodus, wenn ein Gespräch endet.',
      },
      'gui.behaviour.focusOnInstantMessage': {
        label: 'Fenster bei eingehender Chat-Nachricht aktivieren',
      },
      'gui.behaviour.flashOnInstantMessage': {
        label: 'Fenster bei eingehender Chat-Nachricht blinken lassen',
      },
      'gui.behaviour.activateOnIncomingCall': {
        label: 'Fenster bei eingehendem Anruf aktivieren',
      },
      'gui.behaviour.flashOnIncomingCall': {
        label: 'Fenster bei eingehendem Anruf blinken lassen',
      },
      'gui.notifications.onContactOnline': {
        label: 'Benachrichtigen, wenn ein Kontakt online geht',
      },
      'gui.notifications.onInstantMessage': {
        label: 'Bei Chat-Nachrichten benachrichtigen',
      },
      'gui.notifications.onIncomingCall': {
        label: 'Bei eingehenden Anrufen benachrichtigen',
      },
      'gui.notifications.onVoicemail': {
        label: 'Bei neuen Sprachnachrichten benachrichtigen',
      },
      'gui.notifications.onAudioDeviceChange': {
        label: 'Benachrichtigen, wenn ein Audiogerät angeschlossen oder getrennt wird',
      },
      'gui.notifications.onNetworkChange': {
        label: 'Benachrichtigen, wenn sich der Netzwerkstatus ändert',
      },
      'functions.calls.manageIncomingCalls': {
        label: 'Eingehende Anrufe verwalten',
        help: 'Schaltet die Anrufweiterleitung oder die automatische Rufannahme wie unten eingestellt ein.',
        options: {
          off: 'Normal klingeln',
          forward: 'Weiterleiten',
          autoAnswer: 'Automatisch annehmen',
        },
      },
      'functions.calls.callWaiting': {
        label: 'Anklopfen',
        help: 'Signalisiert einen weiteren Anruf während eines Gesprächs. Ausgeschaltet hört der Anrufer das Besetztzeichen.',
      },
      'functions.calls.iceGatheringBudgetMs': {
        label: 'Warten auf Netzwerkadressen (ICE)',
        help: 'Wie lange ein Anruf auf STUN/TURN-Kandidaten wartet, bevor er mit den vorhandenen beginnt.',
      },
      'functions.calls.forwardWhen': {
        label: 'Weiterleiten',
        options: {
          instant: 'Sofort',
          delayed: 'Nach der Wartezeit',
        },
      },
      'functions.calls.forwardAfterSeconds': {
        label: 'Weiterleiten nach',
      },
      'functions.calls.forwardDestination': {
        label: 'Weiterleitungsziel',
        help: 'Die Rufnummer, an die Anrufe weitergeleitet werden.',
      },
      'functions.calls.autoAnswerWhen': {
        label: 'Automatische Rufannahme',
        options: {
          instant: 'Sofort',
          delayed: 'Nach der Wartezeit',
        },
      },
      'functions.calls.autoAnswerAfterSeconds': {
        label: 'Anruf annehmen nach',
      },
      'functions.calls.autoAnswerPlaySound': {
        label: 'Ton bei automatischer Annahme abspielen',
      },
      'functions.calls.keepAfterRestart': {
        label: 'Einstellungen nach Neustart beibehalten',
        help: 'Andernfalls werden Weiterleitung und automatische Annahme bei jedem Start des Softphones ausgeschaltet.',
      },
      'functions.calls.historyKeepDays': {
        label: 'Anrufliste aufbewahren für (Tage)',
        help: 'Ältere Anrufe werden aus der Anrufliste gelöscht. Bei 0 bleiben sie, bis Sie sie löschen.',
      },
      'functions.calls.historyMaxEntries': {
        label: 'Maximale Anzahl Einträge in der Anrufliste',
        help: 'Ist die Anrufliste voll, werden die ältesten Anrufe gelöscht.',
      },
      'functions.headset.device': {
        label: 'Externes Headset / Gerät',
        help: 'Damit nehmen die Tasten des Geräts Anrufe an, beenden sie und schalten stumm.',
        options: {
          none: 'Keines',
          generic: 'Sonstiges USB-Gerät',
          jabra: 'Jabra-Gerät',
          plantronics: 'Plantronics-Gerät (Poly)',
          sennheiser: 'Sennheiser-Gerät',
        },
      },
      'functions.automation.startWithOs': {
        label: 'Beim Start des Betriebssystems starten',
      },
      'functions.automation.checkForUpdates': {
        label: 'Nach Updates suchen',
        help: 'Sucht beim Start nach einer neuen Version des Telefons und bietet sie zur Installation an.',
      },
      'functions.automation.registerUriHandlers': {
        label: 'callto-, SIP- und tel-Links im Betriebssystem registrieren',
        help: 'Links mit diesen Präfixen werden im Softphone geöffnet.',
      },
      'functions.automation.confirmLinkDial': {
        label: 'Vor dem Wählen über einen Link nachfragen',
        help: 'Wenn Sie einen callto:-, sip:- oder tel:-Link öffnen, zeigt das Softphone die Nummer und wartet auf Ihre Bestätigung. Ein Link zu einer Adresse außerhalb Ihrer Telefonanlage fragt immer zuerst nach.',
      },
      'functions.automation.updateFeedUrl': {
        label: 'Update-Server',
        help: 'Woher Updates kommen; leer nutzt die im Installationsprogramm hinterlegte Adresse.',
      },
      'functions.automation.outlookIntegration': {
        label: 'In Microsoft Outlook integrieren',
        help: 'Lässt Outlook Kontakte über dieses Telefon anrufen.',
        unsupported:
          'Dafür ist ein Outlook-Add-in nötig, das dieses Softphone nicht enthält; tel:-Links funktionieren stattdessen.',
      },
      'functions.shortcuts.enabled': {
        label: 'Globale Tastenkürzel verwenden',
        help: 'Die folgenden Tastenkürzel wirken auch, wenn eine andere Anwendung im Vordergrund ist.',
      },
      'functions.shortcuts.answer': {
        label: 'Annehmen',
        help: 'Tasten in Electron-Schreibweise, z. B. CommandOrControl+Alt+A; leer schaltet dieses Tastenkürzel ab.',
      },
      'functions.shortcuts.hangup': {
        label: 'Auflegen',
        help: 'Tasten in Electron-Schreibweise, z. B. CommandOrControl+Alt+A; leer schaltet dieses Tastenkürzel ab.',
      },
      'functions.shortcuts.mute': {
        label: 'Stummschalten',
        help: 'Tasten in Electron-Schreibweise, z. B. CommandOrControl+Alt+A; leer schaltet dieses Tastenkürzel ab.',
      },
      'functions.shortcuts.dialClipboard': {
        label: 'Nummer aus der Zwischenablage wählen',
        help: 'Tasten in Electron-Schreibweise, z. B. CommandOrControl+Alt+A; leer schaltet dieses Tastenkürzel ab.',
      },
      'contacts.cloud.googleClientId': {
        label: 'Google-Client-ID',
        help: 'Die OAuth-Client-ID einer „Desktop-App“, die Ihre Organisation bei Google registriert hat; Ihr Administrator kennt sie.',
      },
      'contacts.cloud.googleClientSecret': {
        label: 'Google-Clientschlüssel',
        help: 'Google vergibt an Desktop-Apps einen Clientschlüssel, der nicht geheim ist, aber mitgesendet werden muss.',
      },
      'contacts.cloud.outlookClientId': {
        label: 'Microsoft-Anwendungs-ID (Client-ID)',
        help: 'Die ID der App, die Ihre Organisation in Microsoft Entra für Outlook.com- und Microsoft-365-Kontakte registriert hat.',
      },
      'functions.automation.callEvents.recordAllCalls': {
        label: 'Alle Gespräche aufzeichnen',
        help: 'Informieren Sie vor einer Aufzeichnung alle Gesprächsteilnehmer und speichern Sie die Aufnahmen gesetzeskonform.',
      },
      'functions.automation.callEvents.recordingDirectory': {
        label: 'Ordner für Gesprächsaufzeichnungen',
        help: 'Leer bedeutet den Standardordner.',
      },
      'functions.automation.callEvents.recordingFileName': {
        label: 'Dateiname für Gesprächsaufzeichnungen',
        help: 'Platzhalter: {DNID}, {name}, {phone}, {number}, {account}, {YYYY}, {MM}, {DD}, {hh}, {NN}, {ss}, {recording_part}.',
      },
      'functions.automation.callEvents.transferRequestMode': {
        label: 'Bei Übernahmeanfrage',
        help: 'Wie das Softphone auf eine Anfrage der Telefonanlage reagiert, einen Anruf zu übernehmen oder automatisch anzunehmen (Pick-up, InterCom).',
        options: {
          accept: 'Immer annehmen',
          reject: 'Immer ablehnen',
          intercom: 'InterCom (automatisch annehmen)',
        },
      },
      'functions.automation.callEvents.autoRejectOnStatus': {
        label: 'Anrufe automatisch ablehnen bei Status',
        options: {
          never: 'Nie',
          busy: 'Beschäftigt',
          away: 'Abwesend',
          lunchBreak: 'Mittagspause',
          brieflyAbsent: 'Kurz abwesend',
        },
      },
      'functions.provisioning.serverUrl': {
        label: 'Provisionierungsserver',
        help: 'Die Adresse von Ihrem Administrator, z. B. https://pbx.example.com/provisioning.',
      },
      'functions.provisioning.allowInsecureHttp': {
        label: 'Unverschlüsseltes HTTP für die Provisionierung erlauben',
        help: 'Erlaubt dem Softphone, die Konfiguration von einer http://-Adresse abzurufen. Passwörter und die Konfiguration werden dann unverschlüsselt über das Netzwerk übertragen. Schalten Sie dies nur ein, wenn Ihr Administrator es Ihnen sagt.',
      },
      'functions.provisioning.userName': {
        label: 'Benutzername',
        help: 'Meist der Benutzername Ihres SIP-Kontos.',
      },
      'functions.provisioning.password': {
        label: 'Passwort',
        help: 'Meist das Passwort Ihres SIP-Kontos.',
      },
      'functions.provisioning.rememberMe': {
        label: 'Angemeldet bleiben',
      },
      'functions.provisioning.provisionOnStartup': {
        label: 'Beim Start automatisch provisionieren',
        help: 'Ruft die Konfiguration bei jedem Start des Softphones ab.',
      },
      'functions.provisioning.intervalMinutes': {
        label: 'Erneut provisionieren alle',
        help: 'Ruft die Konfiguration in diesem Abstand erneut ab, solange das Softphone läuft; 0 schaltet es aus.',
      },
      'advanced.stun.enabled': {
        label: 'STUN verwenden',
        help: 'Verwendet den folgenden STUN-Server für alle Konten, die den globalen STUN nutzen.',
      },
      'advanced.stun.server': {
        label: 'STUN-Server',
        help: 'Hostname oder Adresse, optional mit :Port, z. B. stun.example.com:3478.',
      },
      'advanced.stun.port': {
        label: 'STUN-Port',
        help: 'Gilt, wenn beim Server kein Port angegeben ist.',
      },
      'advanced.stun.refreshSeconds': {
        label: 'STUN-Aktualisierungsintervall',
        unsupported: 'WebRTC hält STUN-Bindungen mit ICE-Consent-Prüfungen selbst aktuell.',
      },
      'advanced.tls.overrideDomainName': {
        label: 'Domainnamen überschreiben',
        help: 'Name, der statt der Domain mit dem Zertifikat der Telefonanlage abgeglichen wird. Erfordert unten ein Zertifikat.',
      },
      'advanced.tls.domainCertificate': {
        label: 'Domänenzertifikat',
        help: 'Meist leer lassen: Das Zertifikat der Telefonanlage wird pro Konto unter Verschlüsselung festgelegt.',
      },
      'advanced.tls.strongCiphersOnly': {
        label: 'Nur starke Verschlüsselungsverfahren verwenden',
      },
      'advanced.tls.disableCertificateVerification': {
        label: 'Zertifikatsprüfung deaktivieren',
        help: 'Hohes Sicherheitsrisiko: Jeder im Netzwerk könnte sich als Ihre Telefonanlage ausgeben. Nur zum Testen verwenden.',
      },
      'advanced.tls.protocolSuite': {
        label: 'Protokollversion',
        help: 'Die älteste akzeptierte TLS-Version. TLS 1.2 passt für Auerswald COMtrexx. SSL v2/3 ist unsicher und wird nicht angeboten.',
        options: {
          'TLSv1.3': 'Nur TLS 1.3',
          'TLSv1.2': 'TLS 1.2 oder neuer',
          'TLSv1.1': 'TLS 1.1 oder neuer (unsicher)',
          TLSv1: 'TLS 1.0 oder neuer (unsicher)',
        },
      },
      'advanced.network.sipPort': {
        label: 'Lokaler SIP-Port',
        help: 'Der lokale Port für die SIP-Signalisierung; über WebSocket wählt ihn das Betriebssystem.',
        unsupported: 'SIP läuft über WebSocket; dort wählt das Betriebssystem den lokalen Port.',
      },
      'advanced.network.sipRandomPort': {
        label: 'Zufälligen SIP-Port über 32000 öffnen',
        help: 'Verwendet einen zufälligen lokalen SIP-Port statt eines festen.',
        unsupported: 'SIP läuft über WebSocket; dort wählt das Betriebssystem den lokalen Port.',
      },
      'advanced.network.rtpPort': {
        label: 'Lokaler RTP-Port',
        help: 'Niedrigster lokaler UDP-Port für Gesprächsaudio; jeder Anruf nimmt den nächsten freien. Im Browser wählt der Browser.',
      },
      'advanced.network.rtpRandomPort': {
        label: 'Zufälligen RTP-Port über 32000 öffnen',
        help: 'Probieren Sie dies, wenn Ihr Router Probleme mit dem Gesprächsaudio hat.',
      },
    },
  },
};
