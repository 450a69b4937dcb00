import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore, databaseFileName } from '../../../src/main/core';
import { KeyringSecretStore } from '../../../src/main/secrets/keyring-secret-store';
import { requireLab } from '../../lab/secret-service';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Issue: secrets only in the OS keychain. Creates an account and a secret setting
 * through the real router and keychain, then searches everything else the app
 * writes or answers for the values.
 */
describe('secrets never leave the keychain', () => {
  requireLab();
  const temp = makeTempDir();
  const password = `Pw-${randomUUID()}`;
  const settingSecret = `Prov-${randomUUID()}`;
  const responses: unknown[] = [];
  const events: unknown[] = [];
  let core: Core;

  afterAll(async () => {
    await core?.close();
    temp.cleanup();
  });

  async function call(method: string, params: unknown): Promise<unknown> {
    const response = await core.router.handle(method, params);
    responses.push(response);
    return response;
  }

  it('keeps the account password and secret settings out of SQLite, logs, responses and events', async () => {
    core = await createCore({
      dataDir: temp.dir,
      shell: 'web',
      version: 'test',
      platform: process.platform,
      secrets: new KeyringSecretStore(`softphone-test-${randomUUID()}`),
    });
    core.events.subscribe((event, payload) => events.push({ event, payload }));

    const accountKeys = (await call('accounts.list', {})) as { ok: boolean };
    expect(accountKeys.ok).toBe(true);
    const created = (await call('accounts.create', {
      settings: { 'credentials.domain': '127.0.0.1', 'credentials.userName': '1001' },
      password,
    })) as { ok: boolean; result: { id: string; passwordSet: boolean } };
    expect(created).toMatchObject({ ok: true, result: { passwordSet: true } });
    const id = created.result.id;

    const secretField = core.settingCatalog.all().find((entry) => entry.field.kind === 'secret')?.key;
    expect(secretField, 'the settings schema has at least one secret field').toBeDefined();
    expect(await call('settings.setSecret', { key: secretField, value: settingSecret })).toMatchObject({
      ok: true,
    });

    await call('accounts.update', { id, settings: { 'credentials.userName': '1002' } });
    await call('accounts.list', {});
    await call('settings.get', {});
    // A failing request whose params carry the password must not echo it either.
    await call('accounts.update', { id, settings: { 'credentials.domain': 'bad host!' }, password });
    core.logger.info(`diagnostic line that mentions ${password} by mistake`);

    expect(await core.accounts.password(id)).toBe(password);
    expect(await core.settings.getSecret(secretField!)).toBe(settingSecret);
    await core.close();

    const haystacks: [string, string][] = [
      ['responses', JSON.stringify(responses)],
      ['events', JSON.stringify(events)],
    ];
    for (const file of readdirSync(temp.dir, { recursive: true }) as string[]) {
      if (!file.endsWith('.db') && !file.includes('.db-') && !file.includes('.log')) continue;
      haystacks.push([file, readFileSync(join(temp.dir, file)).toString('latin1')]);
    }
    expect(haystacks.map(([name]) => name)).toEqual(
      expect.arrayContaining([databaseFileName, join('logs', 'main.log')]),
    );
    for (const [name, text] of haystacks) {
      expect(text.includes(password), `password found in ${name}`).toBe(false);
      expect(text.includes(settingSecret), `secret setting found in ${name}`).toBe(false);
    }
  });
});
