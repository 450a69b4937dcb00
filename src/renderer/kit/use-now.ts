import { useEffect, useState } from 'react';

/** The current time, ticking every `intervalMs` while `running` (call timers, "today" in lists). */
export function useNow(intervalMs: number, running = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, intervalMs);
    // Catch up at once when the timer starts again, e.g. after a call went from ringing to active.
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [intervalMs, running]);
  return now;
}
