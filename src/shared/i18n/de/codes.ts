import type { codesEn } from '../en/codes';
import type { SameKeys } from '../same-keys';

/** German texts of the codes main sends; the type forces exactly the keys of en/codes.ts. */
export const codesDe: SameKeys<typeof codesEn> = {
  codes: {
    ldap: {
      credentials:
        'Der LDAP-Server {{server}} hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides in den LDAP-Einstellungen.',
      access:
        'Der LDAP-Server {{server}} erlaubt diesem Benutzer nicht, das Verzeichnis zu durchsuchen. Bitten Sie den Administrator um Lesezugriff.',
      encryptionRequired:
        'Der LDAP-Server {{server}} verlangt eine verschlüsselte Verbindung. Schalten Sie TLS (LDAPS oder StartTLS) in den LDAP-Einstellungen ein.',
      certificateName:
        'Das TLS-Zertifikat des LDAP-Servers {{server}} nennt diesen Host nicht ({{detail}}). Geben Sie den Server unter einem Namen aus seinem Zertifikat ein, oder schalten Sie „TLS-Zertifikat ignorieren“ ein, wenn Sie diesem Netz vertrauen.',
      certificateUntrusted:
        'Dem TLS-Zertifikat des LDAP-Servers {{server}} wird nicht vertraut ({{detail}}). Fügen Sie sein CA-Zertifikat hinzu, oder schalten Sie „TLS-Zertifikat ignorieren“ ein, wenn Sie diesem Netz vertrauen.',
      noStartTls:
        'Der LDAP-Server {{server}} unterstützt kein StartTLS. Wählen Sie LDAPS oder keine Verschlüsselung.',
      handshake:
        'Der TLS-Verbindungsaufbau mit dem LDAP-Server {{server}} ist fehlgeschlagen. Prüfen Sie die Sicherheitseinstellung und den Port (LDAPS meist 636, StartTLS 389).',
      timeout:
        'Der LDAP-Server {{server}} hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder grenzen Sie die Suche ein.',
      unreachable:
        'Der LDAP-Server {{server}} ist nicht erreichbar ({{detail}}). Prüfen Sie Host, Port und Netzwerk.',
      noSearchBase:
        'Der LDAP-Server {{server}} kennt die Suchbasis (DC / Basis-DN) nicht. Prüfen Sie sie in den LDAP-Einstellungen.',
      refused: 'Der LDAP-Server {{server}} hat die Suche abgelehnt: {{detail}}',
    },
  },
};
