import { useEffect, useRef } from 'react';

/**
 * When a list's entries change after the user moved, added or removed one, puts focus on the control
 * they will want next (found by its data-focus-key), because re-rendering the list can drop focus.
 * `entries` identifies the list's content; a refused change leaves it alone and focus stays put.
 */
export function useListFocus<T extends HTMLElement>(entries: readonly string[]) {
  const container = useRef<T>(null);
  const wanted = useRef<string | undefined>(undefined);
  const signature = JSON.stringify(entries);
  useEffect(() => {
    const key = wanted.current;
    wanted.current = undefined;
    if (key === undefined) return;
    const target = container.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (target instanceof HTMLElement && !target.hasAttribute('disabled')) target.focus();
  }, [signature]);
  return {
    container,
    focusAfterChange: (key: string) => {
      wanted.current = key;
    },
  };
}
