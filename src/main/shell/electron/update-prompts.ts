import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Language } from '../../desktop/desktop-settings';
import { text } from '../../desktop/desktop-texts';

export type ShowMessageBox = (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;

/** "Quit during a call?": true to end the calls and quit. */
export async function confirmQuitDuringCall(show: ShowMessageBox, language: Language): Promise<boolean> {
  const { response } = await show({
    type: 'warning',
    title: text(language, 'quitDuringCallTitle'),
    message: text(language, 'quitDuringCallTitle'),
    detail: text(language, 'quitDuringCallMessage'),
    buttons: [text(language, 'quitAnyway'), text(language, 'cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

/**
 * "Update ready, restart to install": a message box without a parent window,
 * so it blocks nothing; "Restart now" hands over to the UpdateController,
 * which waits for calls to end.
 */
export function promptUpdateReady(
  show: ShowMessageBox,
  version: string,
  language: Language,
  inCall: boolean,
  install: () => void,
): void {
  const detail = [text(language, 'updateReadyMessage', { version })];
  if (inCall) detail.push(text(language, 'updateWaitsForCall'));
  show({
    type: 'info',
    title: text(language, 'updateReadyTitle'),
    message: text(language, 'updateReadyTitle'),
    detail: detail.join('\n\n'),
    buttons: [text(language, 'restartNow'), text(language, 'later')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  }).then(
    ({ response }) => {
      if (response === 0) install();
    },
    () => undefined,
  );
}
