import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { ContractError, contractErrorSchema, ipcChannels } from '../../../shared/contract';
import type { ShellCore } from '../../core';
import { PendingMediaRequests } from '../../media/pending-media-requests';

export type IpcMainPort = Pick<IpcMain, 'handle' | 'on' | 'removeHandler' | 'removeListener'>;
export type WebContentsPort = Pick<WebContents, 'send' | 'isDestroyed'> & { id: number };

/**
 * Carries the contract over Electron IPC: requests from the app's own window go
 * to the router (which validates them), events and media requests go out.
 * Requests from any other sender are refused: another window, or a frame of ours that shows
 * anything but the app's own page (`isAppUrl`, Electron's checklist item 17).
 */
export function connectIpc(
  ipcMain: IpcMainPort,
  core: Pick<ShellCore, 'router' | 'events' | 'media'>,
  contents: WebContentsPort,
  isAppUrl: (url: string) => boolean,
): () => void {
  const media = new PendingMediaRequests();
  const fromOurPage = (event: IpcMainEvent | IpcMainInvokeEvent): boolean =>
    event.sender.id === contents.id && isAppUrl(event.senderFrame?.url ?? '');

  const onRequest = (event: IpcMainInvokeEvent, method: unknown, params: unknown) => {
    if (!fromOurPage(event)) {
      return {
        ok: false,
        error: new ContractError('UNKNOWN_METHOD', 'Request from an unknown window.').toData(),
      };
    }
    return core.router.handle(method, params);
  };

  const onMediaResponse = (event: IpcMainEvent, raw: unknown) => {
    if (!fromOurPage(event) || typeof raw !== 'object' || raw === null) return;
    const message = raw as { id?: unknown; ok?: unknown; result?: unknown; error?: unknown };
    const error = contractErrorSchema.safeParse(message.error);
    media.settle(message.id, message.ok, message.result, error.success ? error.data : undefined);
  };

  ipcMain.handle(ipcChannels.request, onRequest);
  ipcMain.on(ipcChannels.mediaResponse, onMediaResponse);

  const unsubscribe = core.events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event, payload);
  });
  const detach = core.media.attach((method, params) =>
    media.start(method, (id) => contents.send(ipcChannels.mediaRequest, { id, method, params })),
  );

  return () => {
    ipcMain.removeHandler(ipcChannels.request);
    ipcMain.removeListener(ipcChannels.mediaResponse, onMediaResponse);
    unsubscribe();
    detach();
    media.rejectAll();
  };
}
