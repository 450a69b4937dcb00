import { describe, expect, it } from 'vitest';
import type { PreloadBridge, ResponseEnvelope } from '../../../../src/shared/contract';
import { ContractError } from '../../../../src/shared/contract';
import { PreloadClient } from '../../../../src/renderer/api/preload-client';

function bridge(response: unknown) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const media = new Map<string, (params: unknown) => Promise<ResponseEnvelope>>();
  const fake: PreloadBridge = {
    request: () => Promise.resolve(response as ResponseEnvelope),
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    handleMedia: (method, handler) => {
      media.set(method, handler);
      return () => media.delete(method);
    },
  };
  return { fake, listeners, media };
}

const info = { name: 'Softphone', version: '1', shell: 'electron', platform: 'darwin', dataDir: '/d' };

describe('PreloadClient', () => {
  it('unwraps a successful envelope and validates the result', async () => {
    expect(await new PreloadClient(bridge({ ok: true, result: info }).fake).request('app.info', {})).toEqual(
      info,
    );
    await expect(
      new PreloadClient(bridge({ ok: true, result: { name: 1 } }).fake).request('app.info', {}),
    ).rejects.toThrow(/invalid result/);
  });

  it('throws the ContractError of a failed envelope with its code and field', async () => {
    const failed = {
      ok: false,
      error: { code: 'VALIDATION', message: 'Port must be at least 1.', field: 'advanced.stun.port' },
    };
    const error = await new PreloadClient(bridge(failed).fake)
      .request('settings.set', { key: 'advanced.stun.port', value: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'advanced.stun.port' });
  });

  it('drops event payloads outside the contract', () => {
    const { fake, listeners } = bridge({});
    const seen: unknown[] = [];
    const protocolErrors: string[] = [];
    new PreloadClient(fake, (what) => protocolErrors.push(what)).on('history.changed', (p) => seen.push(p));
    listeners.get('history.changed')?.({});
    listeners.get('history.changed')?.('garbage');
    expect(seen).toEqual([{}]);
    expect(protocolErrors).toHaveLength(1);
  });

  it('answers media requests with envelopes that keep error codes', async () => {
    const { fake, media } = bridge({});
    const client = new PreloadClient(fake);
    client.handleMedia('media.close', () => Promise.reject(new ContractError('NOT_FOUND', 'no such call')));
    client.handleMedia('media.listDevices', () => Promise.resolve({ devices: [] }));
    expect(await media.get('media.close')?.({ callId: 'c' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no such call' },
    });
    expect(await media.get('media.listDevices')?.({})).toEqual({ ok: true, result: { devices: [] } });
    expect(await media.get('media.close')?.({ nope: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMS' },
    });
  });
});
