import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> modally while the component is mounted (focus is trapped, Escape cancels); focus goes
 * back to the control that opened it when it closes.
 */
export function useModalDialog<T extends HTMLElement>() {
  const dialog = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<T>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    initialFocus.current?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return { dialog, initialFocus };
}
