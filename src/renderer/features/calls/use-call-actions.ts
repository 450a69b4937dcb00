import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView, RequestName, RequestParams } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';

type CallRequest = Exclude<
  Extract<RequestName, `calls.${string}`>,
  'calls.list' | 'calls.dial' | 'calls.stats' | 'calls.mediaState'
>;

/** The translated name of each call action, for "Hold: <what failed>" messages. */
const actionLabel = {
  'calls.answer': 'incoming.accept',
  'calls.reject': 'incoming.reject',
  'calls.silence': 'incoming.silence',
  'calls.hangup': 'calls.hangup',
  'calls.hold': 'calls.hold',
  'calls.mute': 'calls.mute',
  'calls.speaker': 'calls.speaker',
  'calls.dtmf': 'calls.keypad',
  'calls.toVoicemail': 'calls.toVoicemail',
} as const satisfies Record<CallRequest, string>;

export interface CallActions {
  answer: (call: CallView, holdFirst: CallView | undefined) => void;
  reject: (call: CallView) => void;
  silence: (call: CallView) => void;
  hangup: (call: CallView) => void;
  setHold: (call: CallView, hold: boolean) => void;
  setMuted: (call: CallView, muted: boolean) => void;
  setSpeaker: (call: CallView, on: boolean) => void;
  sendDtmf: (call: CallView, tones: string) => void;
  toVoicemail: (call: CallView) => void;
  /** Speaker state as last confirmed by main (CallView does not carry it). */
  speakerOn: (call: CallView) => boolean;
  /** The last action that failed, in words, until the next one succeeds. */
  error: string | undefined;
}

/**
 * Sends the call window's commands. Main answers with the call's new view, but the window follows
 * `calls.changed` only, so a reply never races an event; a refusal is shown and read out.
 */
export function useCallActions(): CallActions {
  const api = useApi();
  const announcer = useAnnouncer();
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>(undefined);
  const [speakers, setSpeakers] = useState<ReadonlyMap<string, boolean>>(new Map());

  const run = useCallback(
    async <M extends CallRequest>(method: M, params: RequestParams<M>): Promise<boolean> => {
      try {
        await api.request(method, params);
        setError(undefined);
        return true;
      } catch (reason) {
        const label: (typeof actionLabel)[CallRequest] = actionLabel[method];
        const text = t('calls.actionFailed', {
          action: t(label),
          problem: contractErrorText(t, reason),
        });
        setError(text);
        announcer.alert(text);
        return false;
      }
    },
    [api, announcer, t],
  );

  return useMemo<CallActions>(
    () => ({
      // The manual: taking a waiting call puts the current one on hold. Hold it first, so the two are
      // never both live, and answer either way: the caller is waiting.
      answer: (call, holdFirst) => {
        const held =
          holdFirst === undefined
            ? Promise.resolve(true)
            : run('calls.hold', { callId: holdFirst.id, hold: true });
        void held.then(() => run('calls.answer', { callId: call.id }));
      },
      reject: (call) => void run('calls.reject', { callId: call.id }),
      silence: (call) => void run('calls.silence', { callId: call.id }),
      hangup: (call) => void run('calls.hangup', { callId: call.id }),
      setHold: (call, hold) => void run('calls.hold', { callId: call.id, hold }),
      setMuted: (call, muted) => void run('calls.mute', { callId: call.id, muted }),
      setSpeaker: (call, on) =>
        void run('calls.speaker', { callId: call.id, on }).then((ok) => {
          if (ok) setSpeakers((previous) => new Map(previous).set(call.id, on));
        }),
      sendDtmf: (call, tones) => void run('calls.dtmf', { callId: call.id, tones }),
      toVoicemail: (call) => void run('calls.toVoicemail', { callId: call.id }),
      speakerOn: (call) => speakers.get(call.id) ?? false,
      error,
    }),
    [run, speakers, error],
  );
}
