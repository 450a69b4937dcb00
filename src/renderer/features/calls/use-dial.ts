import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import type { DialErrorText } from './dial-error';
import { dialErrorText } from './dial-error';

export interface Dial {
  /** Dials `target` from `accountId` (main's default account when undefined); true when main took it. */
  dial: (target: string, accountId: string | undefined) => Promise<boolean>;
  /** Why the last dial was refused, until the next dial or `clearError`. */
  error: DialErrorText | undefined;
  clearError: () => void;
  /** Shows a refusal the renderer knows of without asking main (e.g. no registered account). */
  refuse: (text: string) => void;
  busy: boolean;
}

/** Dialling from the search field, the keypad and the call history, with one refusal line for all. */
export function useDial(): Dial {
  const api = useApi();
  const announcer = useAnnouncer();
  const { t } = useTranslation();
  const [error, setError] = useState<DialErrorText | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // A held Enter key or a double click must not place two calls.
  const inFlight = useRef(false);

  const dial = useCallback(
    async (target: string, accountId: string | undefined): Promise<boolean> => {
      const trimmed = target.trim();
      if (trimmed === '') {
        const empty = { text: t('dial.problem.empty'), detail: undefined };
        setError(empty);
        announcer.alert(empty.text);
        return false;
      }
      if (inFlight.current) return false;
      inFlight.current = true;
      setBusy(true);
      try {
        await api.request(
          'calls.dial',
          accountId === undefined ? { target: trimmed } : { target: trimmed, accountId },
        );
        setError(undefined);
        return true;
      } catch (reason) {
        const refusal = dialErrorText(t, trimmed, reason);
        setError(refusal);
        announcer.alert(refusal.text);
        return false;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [api, announcer, t],
  );

  const clearError = useCallback(() => setError(undefined), []);
  const refuse = useCallback(
    (text: string) => {
      setError({ text, detail: undefined });
      announcer.alert(text);
    },
    [announcer],
  );
  return { dial, error, clearError, refuse, busy };
}
