import { group } from '../../src/shared/settings/field';
import type { SettingGroup } from '../../src/shared/settings/field';

/**
 * A small settings table with one field of each kind, for service tests. Its keys are real ones, so
 * messages name the fields by their catalogue labels ("STUN server", "Domain"). Every field is marked
 * implemented, so the services let a user change it.
 */
export const testGroups: readonly SettingGroup[] = [
  group({
    id: 'advanced.stun',
    chapter: 'Global STUN',
    fields: [
      { kind: 'boolean', key: 'enabled', default: false, implemented: true },
      {
        kind: 'string',
        key: 'server',
        implemented: true,
        default: '',
        format: 'hostPort',
        maxLength: 255,
        optional: true,
      },
      { kind: 'integer', key: 'port', default: 3478, min: 1, max: 65535, implemented: true },
      { kind: 'secret', key: 'password', default: '', implemented: true },
    ],
  }),
  group({
    id: 'gui.appearance',
    chapter: 'Appearance',
    fields: [
      {
        kind: 'enum',
        key: 'theme',
        implemented: true,
        default: 'system',
        options: [{ value: 'system' }, { value: 'dark' }],
      },
      {
        kind: 'orderedList',
        key: 'codecs',
        implemented: true,
        default: ['opus', 'pcmu'],
        options: [{ value: 'opus' }, { value: 'pcmu' }],
      },
    ],
  }),
];

export const testAccountGroups: readonly SettingGroup[] = [
  group({
    id: 'credentials',
    chapter: 'SIP Credentials',
    fields: [
      {
        kind: 'string',
        key: 'domain',
        implemented: true,
        default: '',
        format: 'hostPort',
        maxLength: 255,
        optional: false,
      },
      {
        kind: 'string',
        key: 'userName',
        implemented: true,
        default: '',
        format: 'text',
        maxLength: 128,
        optional: false,
      },
      { kind: 'secret', key: 'password', default: '', implemented: true },
      { kind: 'boolean', key: 'registerOnStartup', default: true, implemented: true },
    ],
  }),
];
