import type { SettingGroup } from '../../src/shared/settings/field';

const t = (en: string) => ({ en, de: `${en} (de)` });

/** A small settings table with one field of each kind, for service tests. */
export const testGroups: readonly SettingGroup[] = [
  {
    id: 'advanced.stun',
    title: t('Advanced > Global STUN'),
    chapter: 'Global STUN',
    fields: [
      { kind: 'boolean', key: 'enabled', label: t('Use STUN'), default: false },
      {
        kind: 'string',
        key: 'server',
        label: t('STUN server'),
        default: '',
        format: 'hostPort',
        maxLength: 255,
        optional: true,
      },
      { kind: 'integer', key: 'port', label: t('Port'), default: 3478, min: 1, max: 65535 },
      { kind: 'secret', key: 'password', label: t('Password'), default: '' },
    ],
  },
  {
    id: 'gui.appearance',
    title: t('GUI > Appearance'),
    chapter: 'Appearance',
    fields: [
      {
        kind: 'enum',
        key: 'theme',
        label: t('Theme'),
        default: 'system',
        options: [
          { value: 'system', label: t('System') },
          { value: 'dark', label: t('Dark') },
        ],
      },
      {
        kind: 'orderedList',
        key: 'codecs',
        label: t('Codecs'),
        default: ['opus', 'pcmu'],
        options: [
          { value: 'opus', label: t('Opus') },
          { value: 'pcmu', label: t('PCMU') },
        ],
      },
    ],
  },
];

export const testAccountGroups: readonly SettingGroup[] = [
  {
    id: 'credentials',
    title: t('SIP credentials'),
    chapter: 'SIP Credentials',
    fields: [
      {
        kind: 'string',
        key: 'domain',
        label: t('Domain'),
        default: '',
        format: 'hostPort',
        maxLength: 255,
        optional: false,
      },
      {
        kind: 'string',
        key: 'userName',
        label: t('User name'),
        default: '',
        format: 'text',
        maxLength: 128,
        optional: false,
      },
      { kind: 'secret', key: 'password', label: t('Password'), default: '' },
      { kind: 'boolean', key: 'registerOnStartup', label: t('Register on startup'), default: true },
    ],
  },
];
