import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../src/shared/contract';
import type { IpcRendererPort } from '../../../src/preload/preload-bridge';
import { createPreloadBridge } from '../../../src/preload/preload-bridge';

class FakeIpcRenderer implements IpcRendererPort {
  invoked: unknown[][] = [];
  sent: unknown[][] = [];
  private readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return Promise.resolve({ ok: true, result: 'from main' });
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  on(channel: string, listener: (...args: unknown[]) => void): () => void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return () => undefined;
  }
  emit(channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(...args);
  }
}

describe('createPreloadBridge', () => {
  it('forwards contract requests and refuses anything else before IPC', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    expect(await bridge.request('settings.get', {})).toEqual({ ok: true, result: 'from main' });
    expect(await bridge.request('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(ipc.invoked).toEqual([[ipcChannels.request, 'settings.get', {}]]);
  });

  it('delivers only subscribed contract events', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    const seen: unknown[] = [];
    const unsubscribe = bridge.on('settings.changed', (p) => seen.push(p));
    expect(() => bridge.on('secret.event', () => undefined)).toThrow(/Unknown event/);
    ipc.emit(ipcChannels.event, 'settings.changed', { a: 1 });
    ipc.emit(ipcChannels.event, 'accounts.changed', { b: 2 });
    unsubscribe();
    ipc.emit(ipcChannels.event, 'settings.changed', { a: 2 });
    expect(seen).toEqual([{ a: 1 }]);
  });

  it('answers media requests through the registered handler, and errors for unknown ones', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    bridge.handleMedia('media.listDevices', () => Promise.resolve({ ok: true, result: { devices: [] } }));
    ipc.emit(ipcChannels.mediaRequest, { id: 7, method: 'media.listDevices', params: {} });
    ipc.emit(ipcChannels.mediaRequest, { id: 8, method: 'media.unknown', params: {} });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ipc.sent).toContainEqual([
      ipcChannels.mediaResponse,
      { id: 7, ok: true, result: { devices: [] } },
    ]);
    expect(ipc.sent).toContainEqual([
      ipcChannels.mediaResponse,
      { id: 8, ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) as unknown },
    ]);
  });
});
