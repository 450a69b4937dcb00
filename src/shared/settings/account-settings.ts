/**
 * Settings of one SIP account, from the manual's "Accounts" chapter and its
 * "Provisioned Settings: Accounts" chapter. Full keys are `${group.id}.${field.key}`,
 * e.g. `credentials.domain`. Their texts are in the catalogue
 * (src/shared/i18n/<language>/account-settings.ts) under the same full keys.
 *
 * Domain and user name are required but start empty: accountDefaults() is a blank
 * form, and the account schema refuses it until both are filled in.
 */
import { group } from './field';
import type { SettingGroup } from './field';
import { bool, choice, implemented, int, option, ordered, secret, str } from './global-settings';

const seconds = (min: number, max: number) => ({ min, max, unit: 's' });

const account = group({
  id: 'account',
  chapter: 'SIP accounts',
  fields: [str('name', { format: 'text', optional: true, maxLength: 64 }, '', implemented)],
});

const credentials = group({
  id: 'credentials',
  chapter: 'SIP Credentials',
  fields: [
    str('domain', { format: 'hostPort', optional: false, maxLength: 260 }, '', implemented),
    str('userName', { format: 'text', optional: false, maxLength: 128 }, '', implemented),
    secret('password', implemented),
  ],
});

const optionalCredentials = group({
  id: 'optionalCredentials',
  chapter: 'Optional SIP credentials',
  fields: [
    str('authorizationUserName', { format: 'text', optional: true, maxLength: 128 }, '', implemented),
    str('outboundProxy', { format: 'hostPort', optional: true, maxLength: 260 }, '', implemented),
    str('wsUrl', { format: 'wsUrl', optional: true, maxLength: 2048 }, '', implemented),
  ],
});

const functions = group({
  id: 'functions',
  chapter: 'Functions',
  fields: [
    str('displayName', { format: 'text', optional: true, maxLength: 64 }, '', implemented),
    choice('mwi', [option('subscribe'), option('unsolicited'), option('off')], 'subscribe', implemented),
    bool('registerOnStartup', true, implemented),
    bool('subscribePresence', false),
    bool('publishPresence', false),
    bool('useBlf', true, implemented),
    str('customRingtone', { format: 'path', optional: true, maxLength: 1024 }, '', implemented),
    bool('noRingback', false, implemented),
    bool('typingNotification', true),
  ],
});

/** A country by its ISO code; the catalogue names it with its dialling code, e.g. "Germany (+49)". */
function country(code: string) {
  return option(code);
}

const countries = [
  country('DE'),
  country('AT'),
  country('CH'),
  country('LI'),
  country('LU'),
  country('NL'),
  country('BE'),
  country('FR'),
  country('IT'),
  country('ES'),
  country('PL'),
  country('CZ'),
  country('DK'),
  country('SE'),
  country('NO'),
  country('FI'),
  country('GB'),
  country('IE'),
  country('US'),
];

const numberModification = group({
  id: 'numberModification',
  chapter: 'Phone number modification',
  fields: [
    str('removeDialChars', { format: 'text', optional: true, maxLength: 32 }, ' -()/.', implemented),
    bool('useCountryCode', false, implemented),
    choice('defaultCountry', countries, 'DE', implemented),
    str('prefix', { format: 'phone', optional: true, maxLength: 16 }, '', implemented),
  ],
});

const extensions = group({
  id: 'extensions',
  chapter: 'Preconfigured Extensions',
  fields: [
    str('voicemailNumber', { format: 'phone', optional: true, maxLength: 32 }, '', implemented),
    str('voicemailTransferNumber', { format: 'phone', optional: true, maxLength: 32 }, '', implemented),
  ],
});

const compatibility = group({
  id: 'compatibility',
  chapter: 'Compatibility modes',
  fields: [
    choice('dtmfMode', [option('rfc4733'), option('sipInfo')], 'rfc4733', implemented),
    bool('rtcpFeedback', true, {
      unsupported: true,
    }),
    bool('sendKpml', false),
    bool('forceRfc3264Hold', true, {
      unsupported: true,
    }),
    bool('ciscoCallForwarding', false),
  ],
});

const network = group({
  id: 'network',
  chapter: 'Network',
  fields: [
    choice(
      'transport',
      [option('udp', true), option('tcp', true), option('tls', true), option('wss')],
      'wss',
      implemented,
    ),
    int('registrationExpirySeconds', seconds(60, 86400), 3600, implemented),
    int('subscriptionExpirySeconds', seconds(60, 86400), 3600, implemented),
    int('keepAliveSeconds', seconds(0, 3600), 30, implemented),
    bool('rport', true, {
      unsupported: true,
    }),
    bool('rportMedia', false, {
      unsupported: true,
    }),
    choice('stun', [option('global'), option('custom')], 'global', implemented),
    str('stunServer', { format: 'hostPort', optional: true, maxLength: 260 }, '', implemented),
    int('stunPort', { min: 1, max: 65535 }, 3478, implemented),
    int('stunRefreshSeconds', seconds(10, 3600), 60, {
      unsupported: true,
    }),
  ],
});

const codecs = group({
  id: 'codecs',
  chapter: 'Audio codecs',
  fields: [
    ordered(
      'codecs',
      [option('opus'), option('g722'), option('pcmu'), option('pcma')],
      ['opus', 'g722', 'pcmu', 'pcma'],
      implemented,
    ),
  ],
});

const encryption = group({
  id: 'encryption',
  chapter: 'Encryption',
  fields: [
    str('certificateFile', { format: 'path', optional: true, maxLength: 1024 }, '', implemented),
    choice(
      'certificateUse',
      [option('none'), option('global'), option('file'), option('selfSigned')],
      'none',
      implemented,
    ),
    choice('srtpKeyNegotiation', [option('dtls'), option('sdes'), option('off')], 'dtls', {
      unsupported: true,
    }),
    bool('zrtp', false, {
      unsupported: true,
    }),
  ],
});

export const accountSettingGroups: readonly SettingGroup[] = [
  account,
  credentials,
  optionalCredentials,
  functions,
  numberModification,
  extensions,
  compatibility,
  network,
  codecs,
  encryption,
];
