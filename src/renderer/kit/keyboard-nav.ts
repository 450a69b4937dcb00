/** Characters a dial string takes from the PC keyboard: the keypad's keys and the + of "+49". */
const dialCharacters = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', '+']);

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** The character a key press adds to the dial field when typed anywhere in the main window, or undefined. */
export function dialCharFromKey(event: KeyLike): string | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return dialCharacters.has(event.key) ? event.key : undefined;
}

/**
 * Roving focus in a grid of `count` items `columns` wide (the keypad): the index an arrow key, Home or
 * End moves to from `index`, or undefined for any other key. Arrows stop at the edges.
 */
export function gridIndexAfterKey(
  index: number,
  key: string,
  columns: number,
  count: number,
): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** Ctrl+Shift+Enter (Cmd+Shift+Enter on a Mac): answers the call ringing here from anywhere in the app. */
export function isAnswerShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key === 'Enter';
}
