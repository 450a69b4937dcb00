import { describe, expect, it } from 'vitest';
import { ContractError, requestNames } from '../../../src/shared/contract';
import type { RequestHandlers } from '../../../src/main/router';
import { Router } from '../../../src/main/router';
import type { Logger } from '../../../src/main/log/logger';
import { silentLogger } from '../../../src/main/log/logger';

function handlers(overrides: Partial<RequestHandlers> = {}): RequestHandlers {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  const base = Object.fromEntries(requestNames.map((name) => [name, fail])) as unknown as RequestHandlers;
  base['app.info'] = () => ({
    name: 'Softphone',
    version: '1',
    shell: 'web',
    platform: 'linux',
    dataDir: '/d',
  });
  return { ...base, ...overrides };
}

describe('Router', () => {
  it('routes a valid request to its handler', async () => {
    const router = new Router(handlers(), silentLogger);
    expect(await router.handle('app.info', {})).toMatchObject({ ok: true, result: { name: 'Softphone' } });
  });

  it.each([['no.such.method'], [42], [null], ['__proto__'], ['constructor'], ['toString']])(
    'refuses unknown method %s with UNKNOWN_METHOD',
    async (method) => {
      const response = await new Router(handlers(), silentLogger).handle(method, {});
      expect(response).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    },
  );

  it.each([
    ['settings.set', { key: 'a.b' }],
    ['settings.set', { key: 'a.b', value: { nested: true } }],
    ['settings.set', 'not an object'],
    ['app.info', { extra: 1 }],
    ['accounts.delete', { id: '' }],
    ['accounts.create', { settings: {}, password: 12 }],
  ])('refuses malformed params of %s with INVALID_PARAMS', async (method, params) => {
    const response = await new Router(handlers(), silentLogger).handle(method, params);
    expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
  });

  it('passes a ContractError through with its field', async () => {
    const router = new Router(
      handlers({
        'settings.set': () => {
          throw new ContractError('VALIDATION', 'Port must be at least 1.', 'advanced.stun.port');
        },
      }),
      silentLogger,
    );
    expect(await router.handle('settings.set', { key: 'advanced.stun.port', value: 0 })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Port must be at least 1.', field: 'advanced.stun.port' },
    });
  });

  it('turns an unexpected failure into INTERNAL without leaking its message, and logs it', async () => {
    const logged: unknown[] = [];
    const logger: Logger = {
      ...silentLogger,
      error: (_m, details) => logged.push(details),
      child: () => logger,
    };
    const router = new Router(
      handlers({
        'accounts.list': () => {
          throw new Error('SQLITE_CORRUPT at /home/user/secret/path');
        },
      }),
      logger,
    );
    const response = await router.handle('accounts.list', {});
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', text: { key: 'app.internal' } },
    });
    expect(JSON.stringify(response)).not.toContain('SQLITE_CORRUPT');
    expect(logged).toHaveLength(1);
  });

  it('strips fields outside the result schema so nothing extra reaches the renderer', async () => {
    const router = new Router(
      handlers({
        'app.info': () =>
          ({
            name: 'S',
            version: '1',
            shell: 'web',
            platform: 'linux',
            dataDir: '/d',
            password: 'leak',
          }) as never,
      }),
      silentLogger,
    );
    expect(JSON.stringify(await router.handle('app.info', {}))).not.toContain('leak');
  });
});
