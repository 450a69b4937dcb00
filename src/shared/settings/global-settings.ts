/**
 * Global settings: every setting of the reference manual's Media, GUI and
 * Functions chapters, grouped as the manual groups them. Per-account settings
 * live in account-settings.ts; the derived schema and lookups in registry.ts.
 *
 * The small constructors at the top keep each field to a few lines; they are
 * shared with account-settings.ts (registry.ts cannot host them without an
 * import cycle, because it imports both tables). The tables hold no text: labels,
 * help, option labels and unsupported reasons are in the catalogue
 * (src/shared/i18n/<language>/global-settings.ts) under each field's full key.
 */
import { group } from './field';
import type {
  BooleanField,
  EnumField,
  EnumOption,
  FieldSpec,
  IntegerField,
  OrderedListField,
  SecretField,
  SettingGroup,
  StringField,
  StringFormat,
} from './field';

export interface FieldExtras {
  /** Code acts on the field (see FieldBase.implemented); without it the field is "not available yet". */
  implemented?: true;
  /** The UI shows the field disabled with the catalogue's `unsupported` reason. */
  unsupported?: true;
}

/** The extras of a field that code acts on. */
export const implemented = { implemented: true } as const;

/** An option of an enum or ordered list; its label (and, when unsupported, the reason) is in the catalogue. */
export function option(value: string, unsupported?: true): EnumOption {
  return unsupported ? { value, unsupported } : { value };
}

export function bool(key: string, value: boolean, extras: FieldExtras = {}): FieldSpec<BooleanField> {
  return { kind: 'boolean', key, default: value, ...extras };
}

export function choice(
  key: string,
  options: readonly EnumOption[],
  value: string,
  extras: FieldExtras = {},
): FieldSpec<EnumField> {
  return { kind: 'enum', key, options, default: value, ...extras };
}

export function int(
  key: string,
  range: { min: number; max: number; unit?: string },
  value: number,
  extras: FieldExtras = {},
): FieldSpec<IntegerField> {
  return { kind: 'integer', key, ...range, default: value, ...extras };
}

export function str(
  key: string,
  spec: { format: StringFormat; optional: boolean; maxLength?: number },
  value: string,
  extras: FieldExtras = {},
): FieldSpec<StringField> {
  const { format, optional, maxLength = 256 } = spec;
  return { kind: 'string', key, format, optional, maxLength, default: value, ...extras };
}

export function secret(key: string, extras: FieldExtras = {}): FieldSpec<SecretField> {
  return { kind: 'secret', key, default: '', ...extras };
}

export function ordered(
  key: string,
  options: readonly EnumOption[],
  value: string[],
  extras: FieldExtras = {},
): FieldSpec<OrderedListField> {
  return { kind: 'orderedList', key, options, default: value, ...extras };
}

/** A device id as the renderer's media engine reports it; 'default' follows the operating system. */
function device(key: string) {
  return str(key, { format: 'text', optional: false }, 'default', implemented);
}

const seconds = (min: number, max: number) => ({ min, max, unit: 's' });
const port = { min: 1, max: 65535 };

const audio = group({
  id: 'media.audio',
  chapter: 'Audio',
  fields: [
    // Device settings
    device('inputDevice'),
    device('outputDevice'),
    device('speakerInputDevice'),
    device('speakerOutputDevice'),
    device('ringerDevice'),
    bool('automaticMicrophoneSelection', false),
    bool('echoCancellation', true, implemented),
    bool('automaticGainControl', true, implemented),
    bool('noiseSuppression', true, implemented),
    // More functions (call waiting is in functions.calls)
    bool('muteEarlyMedia', false, implemented),
    bool('ringThroughPcSpeaker', false, implemented),
    bool('disableDtmfSounds', false, implemented),
    // Sounds
    str('instantMessageSound', { format: 'path', optional: true, maxLength: 1024 }, ''),
  ],
});

const appearance = group({
  id: 'gui.appearance',
  chapter: 'Appearance',
  fields: [
    choice('language', [option('system'), option('en'), option('de')], 'system', implemented),
    bool('messageBalloons', true),
    bool('hideAvatars', false),
    bool('animations', true),
    bool('compactMode', false, implemented),
    choice('theme', [option('system'), option('light'), option('dark')], 'system', implemented),
  ],
});

const behaviour = group({
  id: 'gui.behaviour',
  chapter: 'Behaviour',
  fields: [
    bool('startMinimised', false, implemented),
    bool('alwaysOnTop', false, implemented),
    bool('minimiseToTray', false, implemented),
    bool('minimiseOnClose', true, implemented),
    bool('collapseOnHangup', false, implemented),
    bool('focusOnInstantMessage', false),
    bool('flashOnInstantMessage', true),
    bool('activateOnIncomingCall', false, implemented),
    bool('flashOnIncomingCall', true, implemented),
  ],
});

const notifications = group({
  id: 'gui.notifications',
  chapter: 'Pop-up notifications',
  fields: [
    bool('onContactOnline', false),
    bool('onInstantMessage', true),
    bool('onIncomingCall', true, implemented),
    bool('onVoicemail', true, implemented),
    bool('onAudioDeviceChange', true, implemented),
    bool('onNetworkChange', true, implemented),
  ],
});

const whenOptions = [option('instant'), option('delayed')];

const calls = group({
  id: 'functions.calls',
  chapter: 'Calls',
  fields: [
    // Call settings
    choice('manageIncomingCalls', [option('off'), option('forward'), option('autoAnswer')], 'off'),
    bool('callWaiting', true, implemented),
    int('iceGatheringBudgetMs', { min: 50, max: 5000, unit: 'ms' }, 300, implemented),
    // Call forwarding
    choice('forwardWhen', whenOptions, 'delayed'),
    int('forwardAfterSeconds', seconds(1, 600), 20),
    str('forwardDestination', { format: 'phone', optional: true, maxLength: 64 }, ''),
    // Automatic call acceptance
    choice('autoAnswerWhen', whenOptions, 'delayed'),
    int('autoAnswerAfterSeconds', seconds(1, 600), 5),
    bool('autoAnswerPlaySound', true),
    bool('keepAfterRestart', false),
    // Call history. Not in the manual (its call list has only delete and delete all); a list that
    // grows forever keeps every caller's number indefinitely and slows the Recent tab.
    int('historyKeepDays', { min: 0, max: 3650 }, 365, implemented),
    int('historyMaxEntries', { min: 10, max: 100_000 }, 10_000, implemented),
  ],
});

const headset = group({
  id: 'functions.headset',
  chapter: 'Headset',
  fields: [
    choice(
      'device',
      [option('none'), option('generic'), option('jabra'), option('plantronics'), option('sennheiser')],
      'generic',
    ),
  ],
});

const automation = group({
  id: 'functions.automation',
  chapter: 'Automation',
  fields: [
    // General
    bool('startWithOs', true, implemented),
    bool('checkForUpdates', true, implemented),
    // Integration
    bool('registerUriHandlers', true, implemented),
    bool('confirmLinkDial', false, implemented),
    str('updateFeedUrl', { format: 'url', optional: true, maxLength: 2048 }, '', implemented),
    bool('outlookIntegration', false, {
      unsupported: true,
    }),
  ],
});

const callEvents = group({
  id: 'functions.automation.callEvents',
  chapter: 'Call events',
  fields: [
    bool('recordAllCalls', false),
    str('recordingDirectory', { format: 'path', optional: true, maxLength: 1024 }, ''),
    str(
      'recordingFileName',
      { format: 'text', optional: false, maxLength: 200 },
      'recorded_call_{YYYY}-{MM}-{DD}_{hh}-{NN}-{ss}_{account}_{number}_part{recording_part}',
    ),
    choice('transferRequestMode', [option('accept'), option('reject'), option('intercom')], 'accept'),
    choice(
      'autoRejectOnStatus',
      [option('never'), option('busy'), option('away'), option('lunchBreak'), option('brieflyAbsent')],
      'never',
    ),
  ],
});

const provisioning = group({
  id: 'functions.provisioning',
  chapter: 'Provisioning',
  fields: [
    str('serverUrl', { format: 'url', optional: true, maxLength: 2048 }, '', implemented),
    bool('allowInsecureHttp', false, implemented),
    str('userName', { format: 'text', optional: true, maxLength: 128 }, '', implemented),
    secret('password', implemented),
    bool('rememberMe', true, implemented),
    bool('provisionOnStartup', true, implemented),
    int('intervalMinutes', { min: 0, max: 10080, unit: 'min' }, 0, implemented),
  ],
});

const stun = group({
  id: 'advanced.stun',
  chapter: 'Global STUN',
  fields: [
    bool('enabled', false, implemented),
    str('server', { format: 'hostPort', optional: true, maxLength: 260 }, '', implemented),
    int('port', port, 3478, implemented),
    int('refreshSeconds', seconds(10, 3600), 60, {
      unsupported: true,
    }),
  ],
});

const tls = group({
  id: 'advanced.tls',
  chapter: 'TLS',
  fields: [
    str('overrideDomainName', { format: 'host', optional: true, maxLength: 253 }, '', implemented),
    str('domainCertificate', { format: 'path', optional: true, maxLength: 1024 }, '', implemented),
    bool('strongCiphersOnly', true, implemented),
    bool('disableCertificateVerification', false, implemented),
    choice(
      'protocolSuite',
      [option('TLSv1.3'), option('TLSv1.2'), option('TLSv1.1'), option('TLSv1')],
      'TLSv1.2',
      implemented,
    ),
  ],
});

const network = group({
  id: 'advanced.network',
  chapter: 'Network',
  fields: [
    int('sipPort', port, 5060, { unsupported: true }),
    bool('sipRandomPort', false, {
      unsupported: true,
    }),
    int('rtpPort', { min: 1024, max: 65535 }, 10000),
    bool('rtpRandomPort', false),
  ],
});

function accelerator(key: string, value: string): FieldSpec<StringField> {
  return str(key, { format: 'text', optional: true, maxLength: 64 }, value, implemented);
}

/** Not in the manual: system-wide shortcuts that work while another application has the focus. */
const shortcuts = group({
  id: 'functions.shortcuts',
  chapter: 'Global shortcuts',
  fields: [
    bool('enabled', false, implemented),
    accelerator('answer', 'CommandOrControl+Alt+A'),
    accelerator('hangup', 'CommandOrControl+Alt+H'),
    accelerator('mute', 'CommandOrControl+Alt+M'),
    accelerator('dialClipboard', 'CommandOrControl+Alt+D'),
  ],
});

/** Not in the manual: the app registrations Google and Microsoft need for the contacts sign-in. */
const cloudContacts = group({
  id: 'contacts.cloud',
  chapter: 'Contacts',
  fields: [
    str('googleClientId', { format: 'text', optional: true, maxLength: 256 }, '', implemented),
    str('googleClientSecret', { format: 'text', optional: true, maxLength: 256 }, '', implemented),
    str('outlookClientId', { format: 'text', optional: true, maxLength: 256 }, '', implemented),
  ],
});

export const globalSettingGroups: readonly SettingGroup[] = [
  audio,
  appearance,
  behaviour,
  notifications,
  calls,
  headset,
  automation,
  shortcuts,
  cloudContacts,
  callEvents,
  provisioning,
  stun,
  tls,
  network,
];
