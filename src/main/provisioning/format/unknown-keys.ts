/**
 * The keys a file had that the softphone does not understand. They are reported, never fatal; a hostile
 * or generated file with a hundred thousand of them must not turn into a hundred thousand entries in
 * the result, the log and the status view, so the list keeps the first MAX_UNKNOWN_KEYS distinct keys.
 */
export const MAX_UNKNOWN_KEYS = 1000;

/** Longest key kept in the list; longer ones are cut and marked with "…". */
const MAX_KEY_LENGTH = 200;

export class UnknownKeyList {
  private readonly keys = new Set<string>();

  add(key: string): void {
    if (this.keys.size >= MAX_UNKNOWN_KEYS) return;
    this.keys.add(key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key);
  }

  toArray(): string[] {
    return [...this.keys];
  }
}
