/**
 * English texts of the codes main sends instead of sentences (a status or failure as `{ key, params }`,
 * see contract/user-text.ts): the renderer shows them in the UI language, main logs the English one.
 */
export const codesEn = {
  codes: {
    ldap: {
      credentials:
        'The LDAP server {{server}} rejected the user name or password. Check both in the LDAP settings.',
      access:
        'The LDAP server {{server}} does not allow this user to search the directory. Ask the administrator for read access.',
      encryptionRequired:
        'The LDAP server {{server}} requires an encrypted connection. Turn on TLS (LDAPS or StartTLS) in the LDAP settings.',
      certificateName:
        'The TLS certificate of the LDAP server {{server}} does not name this host ({{detail}}). Enter the server under a name its certificate carries, or turn on "Ignore TLS certificate" if you trust this network.',
      certificateUntrusted:
        'The TLS certificate of the LDAP server {{server}} is not trusted ({{detail}}). Add its CA certificate, or turn on "Ignore TLS certificate" if you trust this network.',
      noStartTls: 'The LDAP server {{server}} does not support StartTLS. Choose LDAPS or no encryption.',
      handshake:
        'The TLS handshake with the LDAP server {{server}} failed. Check the security setting and the port (LDAPS usually 636, StartTLS 389).',
      timeout: 'The LDAP server {{server}} did not answer in time. Check the network or narrow the search.',
      unreachable:
        'The LDAP server {{server}} cannot be reached ({{detail}}). Check the host, the port and the network.',
      noSearchBase:
        'The LDAP server {{server}} does not know the search base (DC / base DN). Check it in the LDAP settings.',
      refused: 'The LDAP server {{server}} refused the search: {{detail}}',
    },
  },
};
