import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

export interface Announcer {
  /** State changes and confirmations, read when the screen reader is idle. */
  status: (message: string) => void;
  /** Errors, read at once. */
  alert: (message: string) => void;
}

const AnnouncerContext = createContext<Announcer>({ status: () => undefined, alert: () => undefined });

/** Screen readers only announce a change of text; a trailing no-break space toggles to repeat a message. */
function toggled(previous: string, message: string): string {
  return previous === message ? `${message}\u00a0` : message;
}

/**
 * How long a message stays in its live region after it was read out: long enough for any screen reader
 * to pick it up, short enough that a user browsing the page later does not find a stale alert.
 */
export const liveMessageMs = 15_000;

/** Empties a live region's text `liveMessageMs` after it last changed. */
function useClearedAfterReading(text: string, clear: () => void): void {
  useEffect(() => {
    if (text === '') return undefined;
    const timer = setTimeout(clear, liveMessageMs);
    return () => clearTimeout(timer);
  }, [text, clear]);
}

/** The app's two live regions, always in the DOM so that the first message is announced too. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [statusText, setStatusText] = useState('');
  const [alertText, setAlertText] = useState('');
  const clearStatus = useMemo(() => () => setStatusText(''), []);
  const clearAlert = useMemo(() => () => setAlertText(''), []);
  useClearedAfterReading(statusText, clearStatus);
  useClearedAfterReading(alertText, clearAlert);
  const announcer = useMemo<Announcer>(
    () => ({
      status: (message) => setStatusText((previous) => toggled(previous, message)),
      alert: (message) => setAlertText((previous) => toggled(previous, message)),
    }),
    [],
  );
  return (
    <AnnouncerContext.Provider value={announcer}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-status">
        {statusText}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" data-testid="live-alert">
        {alertText}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}
