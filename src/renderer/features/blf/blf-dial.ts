import type { BlfKeyView } from '../../../shared/contract';

/** What a BLF key dials: its target, on its own account when it names one (empty: main's default). */
export function blfDialRequest(key: BlfKeyView): { target: string; accountId: string | undefined } {
  const accountId = key.accountId.trim();
  return { target: key.target, accountId: accountId === '' ? undefined : accountId };
}

/** The name a key shows: its label, or the target when the label is empty. */
export function blfKeyName(key: BlfKeyView): string {
  return key.label.trim() === '' ? key.target : key.label;
}
