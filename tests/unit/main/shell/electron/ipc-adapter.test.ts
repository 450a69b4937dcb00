import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../src/shared/contract';
import { connectIpc } from '../../../../../src/main/shell/electron/ipc-adapter';
import { FakeIpcMain, FakeWebContents } from './fake-electron';
import { makeMiniCore } from '../../../../support/mini-core';

describe('connectIpc', () => {
  it('routes requests from its own window only', async () => {
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    connectIpc(ipcMain as never, makeMiniCore(), contents);
    const handle = ipcMain.handlers.get(ipcChannels.request)!;
    expect(await handle({ sender: { id: contents.id } }, 'app.info', {})).toMatchObject({ ok: true });
    expect(await handle({ sender: { id: contents.id + 100 } }, 'app.info', {})).toMatchObject({ ok: false });
    expect(await handle({ sender: { id: contents.id } }, 'shell.exec', { cmd: 'rm' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('forwards events to the window', () => {
    const core = makeMiniCore();
    const contents = new FakeWebContents();
    connectIpc(new FakeIpcMain() as never, core, contents);
    core.events.emit('accounts.changed', { accounts: [] });
    expect(contents.sent).toEqual([[ipcChannels.event, 'accounts.changed', { accounts: [] }]]);
  });

  it('carries media requests to the window and validates the answer', async () => {
    const core = makeMiniCore();
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    connectIpc(ipcMain as never, core, contents);
    const answer = core.media.request('media.listDevices', {});
    const [, request] = contents.sent[0] as [string, { id: number }];
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: 999 } },
      { id: request.id, ok: true, result: 'spoofed' },
    );
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: contents.id } },
      { id: request.id, ok: true, result: { devices: [] } },
    );
    await expect(answer).resolves.toEqual({ devices: [] });
  });

  it('unwires everything and fails waiting media requests on disconnect', async () => {
    const core = makeMiniCore();
    const ipcMain = new FakeIpcMain();
    const disconnect = connectIpc(ipcMain as never, core, new FakeWebContents());
    const waiting = core.media.request('media.listDevices', {});
    disconnect();
    await expect(waiting).rejects.toThrow(/closed/);
    expect(ipcMain.handlers.size).toBe(0);
    expect(core.media.attached).toBe(false);
  });
});
