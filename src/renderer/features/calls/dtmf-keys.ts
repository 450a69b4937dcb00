/** Tones the PC keyboard can send during a call: the keypad's twelve keys. */
const keyboardTones = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#']);

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

/**
 * The DTMF tone a key press sends in the call window (the manual: "on the PC keyboard"), or undefined.
 * Shortcuts (Ctrl, Alt, Cmd) and auto-repeat never send: a held key must not flood the far end.
 * Shift is allowed, since * and # need it on many layouts.
 */
export function dtmfToneFromKey(event: KeyLike): string | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return undefined;
  return keyboardTones.has(event.key) ? event.key : undefined;
}

/** Key presses in text fields belong to the field, not to the call. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
