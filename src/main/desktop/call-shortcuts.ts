import type { CallView } from '../../shared/contract/calls';
import type { ShortcutHandlers } from './shortcut-controller';

/** What the shortcuts do with calls: the CallManager's methods. */
export interface CallControls {
  list(): CallView[];
  answer(callId: string): Promise<unknown>;
  reject(callId: string): Promise<unknown>;
  hangup(callId: string): Promise<unknown>;
  mute(callId: string, muted: boolean): Promise<unknown>;
  dial(target: string): Promise<unknown>;
}

/**
 * answer: the longest-ringing incoming call. hang up: the call in conversation
 * (or being dialled), else declines the ringing one. mute: toggles the call in
 * conversation. dial clipboard: the clipboard's first line, if it looks like a
 * number or SIP address; the call manager's dial rules validate it.
 */
export function callShortcutHandlers(
  calls: CallControls,
  readClipboard: () => string | Promise<string>,
  onError: (message: string) => void,
): ShortcutHandlers {
  const run = (what: string, action: () => Promise<unknown>) => {
    action().catch((error: unknown) =>
      onError(`${what} by shortcut failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const ringing = () => calls.list().find((c) => c.direction === 'incoming' && c.state === 'incoming');
  const talking = () =>
    calls.list().find((c) => c.state === 'active') ??
    calls.list().find((c) => c.state === 'dialing' || c.state === 'ringing');
  return {
    answer: () => {
      const call = ringing();
      if (call) run('Answering', () => calls.answer(call.id));
    },
    hangup: () => {
      const call = talking();
      if (call) return run('Hanging up', () => calls.hangup(call.id));
      const incoming = ringing();
      if (incoming) run('Declining', () => calls.reject(incoming.id));
    },
    mute: () => {
      const call = calls.list().find((c) => c.state === 'active');
      if (call) run('Muting', () => calls.mute(call.id, !call.muted));
    },
    dialClipboard: () => {
      run('Dialling the clipboard', async () => {
        const target = clipboardNumber(await readClipboard());
        if (!target) return onError('The clipboard holds no phone number or SIP address to dial.');
        return calls.dial(target);
      });
    },
  };
}

/** The first non-empty line, trimmed, if it is short and contains a digit or is a SIP address. */
export function clipboardNumber(raw: string): string | undefined {
  const line = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line || line.length > 128) return undefined;
  if ([...line].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return undefined;
  if (/^(sips?|tel|callto):/i.test(line) || /\d/.test(line)) return line;
  return undefined;
}
