import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsSnapshot } from '../../../../src/shared/contract';
import { ContractError } from '../../../../src/shared/contract';
import type { Database } from '../../../../src/main/db/database';
import { openDatabase } from '../../../../src/main/db/database';
import { silentLogger } from '../../../../src/main/log/logger';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SettingCatalog } from '../../../../src/main/settings/setting-catalog';
import { SettingsService } from '../../../../src/main/settings/settings-service';
import { makeTempDir } from '../../../support/temp-dir';
import { testGroups } from '../../../support/test-settings';

let dir: string;
let cleanup: () => void;
let db: Database;
let secrets: MemorySecretStore;
let changes: SettingsSnapshot[];
let secretsSeen: string[];

function service(): SettingsService {
  return new SettingsService(db, new SettingCatalog(testGroups), secrets, silentLogger, {
    onChange: (s) => changes.push(s),
    onSecret: (v) => secretsSeen.push(v),
  });
}

/**
 * A provisioning of these values alone, through the owner protocol's steps (provisioned-owner.ts):
 * plan, the rows in one transaction, commit. No secrets, so nothing goes to the keychain.
 */
function provision(settings: SettingsService, values: Record<string, unknown>): void {
  const plan = settings.planProvisioned({ values, secrets: {} });
  db.transaction(() => settings.writeProvisioned(plan))();
  settings.commitProvisioned(plan, { changes: 0, undo: () => Promise.resolve() });
}

function expectError(fn: () => unknown, code: string, field: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).code).toBe(code);
    expect((error as ContractError).field).toBe(field);
    return;
  }
  throw new Error('expected an error');
}

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = openDatabase(join(dir, 'db.sqlite'));
  secrets = new MemorySecretStore();
  changes = [];
  secretsSeen = [];
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('SettingsService', () => {
  it('starts with the defaults of every non-secret field', () => {
    expect(service().snapshot()).toEqual({
      values: {
        'advanced.stun.enabled': false,
        'advanced.stun.server': '',
        'advanced.stun.port': 3478,
        'gui.appearance.theme': 'system',
        'gui.appearance.codecs': ['opus', 'pcmu'],
      },
      locked: [],
      secretsSet: [],
    });
  });

  it('persists a valid value across a restart and announces the change', () => {
    service().set('advanced.stun.server', 'stun.example.com:3478');
    expect(changes.at(-1)?.values['advanced.stun.server']).toBe('stun.example.com:3478');
    db.close();
    db = openDatabase(join(dir, 'db.sqlite'));
    expect(service().get('advanced.stun.server')).toBe('stun.example.com:3478');
  });

  it('refuses an invalid value with a message naming the field, and keeps the previous value', () => {
    const settings = service();
    settings.set('advanced.stun.port', 5349);
    expectError(() => settings.set('advanced.stun.port', 70000), 'VALIDATION', 'advanced.stun.port');
    expect(() => settings.set('advanced.stun.server', 'bad host!')).toThrow(
      /STUN server must be host or host:port/,
    );
    expect(settings.get('advanced.stun.port')).toBe(5349);
    expectError(() => settings.set('gui.appearance.theme', 'pink'), 'VALIDATION', 'gui.appearance.theme');
    expectError(() => settings.set('no.such.key', true), 'NOT_FOUND', 'no.such.key');
  });

  it('falls back to the default when a stored value is damaged', () => {
    db.prepare("INSERT INTO settings (key, value) VALUES ('advanced.stun.port', '\"not a number\"')").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('gui.appearance.theme', '{broken json')").run();
    const settings = service();
    expect(settings.get('advanced.stun.port')).toBe(3478);
    expect(settings.get('gui.appearance.theme')).toBe('system');
  });

  it('resets a value to its default', () => {
    const settings = service();
    settings.set('gui.appearance.theme', 'dark');
    settings.reset('gui.appearance.theme');
    expect(settings.get('gui.appearance.theme')).toBe('system');
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('keeps secrets in the secret store only, reporting just that one is set', async () => {
    const settings = service();
    const snapshot = await settings.setSecret('advanced.stun.password', 'hunter2-secret');
    expect(snapshot.secretsSet).toEqual(['advanced.stun.password']);
    expect(JSON.stringify(snapshot)).not.toContain('hunter2-secret');
    expect(await secrets.get('setting:advanced.stun.password')).toBe('hunter2-secret');
    expect(secretsSeen).toContain('hunter2-secret');
    expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toContain('hunter2-secret');
    expect(() => settings.set('advanced.stun.password', 'x')).toThrow(ContractError);
    await settings.clearSecret('advanced.stun.password');
    expect(await secrets.get('setting:advanced.stun.password')).toBeUndefined();
  });

  it('learns at start which secrets exist', async () => {
    await secrets.set('setting:advanced.stun.password', 'stored-secret');
    const settings = service();
    await settings.loadSecretState();
    expect(settings.snapshot().secretsSet).toEqual(['advanced.stun.password']);
    expect(secretsSeen).toEqual(['stored-secret']);
  });

  it('locks provisioned values, unlocks the ones provisioning stops sending, and survives restarts', () => {
    const settings = service();
    provision(settings, {
      'advanced.stun.server': 'stun.pbx.example:3478',
      'advanced.stun.enabled': true,
    });
    expect(settings.snapshot().locked).toEqual(['advanced.stun.enabled', 'advanced.stun.server']);
    expectError(
      () => settings.set('advanced.stun.server', 'other.example'),
      'LOCKED',
      'advanced.stun.server',
    );

    db.close();
    db = openDatabase(join(dir, 'db.sqlite'));
    const restarted = service();
    expect(restarted.snapshot().locked).toEqual(['advanced.stun.enabled', 'advanced.stun.server']);

    provision(restarted, { 'advanced.stun.enabled': true });
    expect(restarted.snapshot().locked).toEqual(['advanced.stun.enabled']);
    expect(restarted.get('advanced.stun.server')).toBe('stun.pbx.example:3478');
    restarted.set('advanced.stun.server', 'mine.example');
    expect(restarted.get('advanced.stun.server')).toBe('mine.example');
  });

  it('applies provisioning all or nothing', () => {
    const settings = service();
    expect(() =>
      provision(settings, { 'advanced.stun.server': 'ok.example', 'advanced.stun.port': -1 }),
    ).toThrow(/STUN port must be at least 1/);
    expect(settings.get('advanced.stun.server')).toBe('');
    expect(settings.snapshot().locked).toEqual([]);
  });
});
