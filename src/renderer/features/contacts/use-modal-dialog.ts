import { useEffect, useRef } from 'react';

/** Opens a <dialog> modally while the component is mounted (focus is trapped, Escape cancels). */
export function useModalDialog<T extends HTMLElement>() {
  const dialog = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<T>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (!element.open) element.showModal();
    initialFocus.current?.focus();
    return () => element.close();
  }, []);
  return { dialog, initialFocus };
}
