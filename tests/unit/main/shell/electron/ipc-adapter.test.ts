import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../src/shared/contract';
import { connectIpc } from '../../../../../src/main/shell/electron/ipc-adapter';
import { FakeIpcMain, FakeWebContents } from './fake-electron';
import { makeMiniCore } from '../../../../support/mini-core';
import { appUrlMatcher } from '../../../../../src/main/shell/electron/security';

const page = 'app://softphone/index.html';
const isAppUrl = appUrlMatcher(page);

describe('connectIpc', () => {
  it('routes requests from its own window only', async () => {
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    connectIpc(ipcMain as never, makeMiniCore(), contents, isAppUrl);
    const handle = ipcMain.handlers.get(ipcChannels.request)!;
    expect(
      await handle({ sender: { id: contents.id }, senderFrame: { url: page } }, 'app.info', {}),
    ).toMatchObject({ ok: true });
    expect(
      await handle({ sender: { id: contents.id + 100 }, senderFrame: { url: page } }, 'app.info', {}),
    ).toMatchObject({ ok: false });
    expect(
      await handle({ sender: { id: contents.id }, senderFrame: { url: page } }, 'shell.exec', { cmd: 'rm' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('refuses requests and media answers from a frame of its window that shows another page', async () => {
    const core = makeMiniCore();
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    connectIpc(ipcMain as never, core, contents, isAppUrl);
    const handle = ipcMain.handlers.get(ipcChannels.request)!;
    for (const url of [
      'https://evil.example/',
      'app://other/index.html',
      'file:///tmp/other.html',
      'file:///opt/Softphone/resources/app/out/renderer/index.html',
      '',
    ]) {
      expect(
        await handle({ sender: { id: contents.id }, senderFrame: { url } }, 'app.info', {}),
      ).toMatchObject({
        ok: false,
      });
    }
    expect(await handle({ sender: { id: contents.id }, senderFrame: null }, 'app.info', {})).toMatchObject({
      ok: false,
    });
    const answer = core.media.request('media.listDevices', {});
    const [, request] = contents.sent[0] as [string, { id: number }];
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: contents.id }, senderFrame: { url: 'https://evil.example/' } },
      { id: request.id, ok: true, result: 'spoofed' },
    );
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: contents.id }, senderFrame: { url: page } },
      { id: request.id, ok: true, result: { devices: [] } },
    );
    await expect(answer).resolves.toEqual({ devices: [] });
  });

  it('forwards events to the window', () => {
    const core = makeMiniCore();
    const contents = new FakeWebContents();
    connectIpc(new FakeIpcMain() as never, core, contents, isAppUrl);
    core.events.emit('accounts.changed', { accounts: [] });
    expect(contents.sent).toEqual([[ipcChannels.event, 'accounts.changed', { accounts: [] }]]);
  });

  it('carries media requests to the window and validates the answer', async () => {
    const core = makeMiniCore();
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    connectIpc(ipcMain as never, core, contents, isAppUrl);
    const answer = core.media.request('media.listDevices', {});
    const [, request] = contents.sent[0] as [string, { id: number }];
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: 999 }, senderFrame: { url: page } },
      { id: request.id, ok: true, result: 'spoofed' },
    );
    ipcMain.emit(
      ipcChannels.mediaResponse,
      { sender: { id: contents.id }, senderFrame: { url: page } },
      { id: request.id, ok: true, result: { devices: [] } },
    );
    await expect(answer).resolves.toEqual({ devices: [] });
  });

  it('unwires everything and fails waiting media requests on disconnect', async () => {
    const core = makeMiniCore();
    const ipcMain = new FakeIpcMain();
    const disconnect = connectIpc(ipcMain as never, core, new FakeWebContents(), isAppUrl);
    const waiting = core.media.request('media.listDevices', {});
    disconnect();
    await expect(waiting).rejects.toThrow(/closed/);
    expect(ipcMain.handlers.size).toBe(0);
    expect(core.media.attached).toBe(false);
  });
});
