import { useEffect, useRef } from 'react';

/**
 * Listens for keydown on the whole window (screen-wide shortcuts such as Ctrl+F and Escape). Controls
 * that handle a key themselves call preventDefault, and such events are skipped here.
 */
export function useWindowKeydown(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) latest.current(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
