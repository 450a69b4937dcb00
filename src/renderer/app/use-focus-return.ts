import { useEffect, useRef } from 'react';

/**
 * Remembers which control opened another screen (by its data-testid, since the main window unmounts
 * meanwhile) and puts focus back on it when the main window returns, so keyboard users keep their place.
 */
export function useFocusReturn(onMainWindow: boolean) {
  const opener = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!onMainWindow || opener.current === undefined) return;
    const target = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(opener.current)}"]`);
    opener.current = undefined;
    target?.focus();
  }, [onMainWindow]);
  return {
    rememberOpener: () => {
      opener.current = document.activeElement?.getAttribute('data-testid') ?? undefined;
    },
  };
}
