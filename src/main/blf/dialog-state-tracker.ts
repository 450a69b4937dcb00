/**
 * The watched user's current dialogs over one subscription: full documents replace the list, partial
 * ones merge into it by dialog id (RFC 4235 §4.1). Documents with a version not newer than the last
 * one are stale (reordered NOTIFYs) and ignored. A new subscription starts a new tracker, because the
 * version restarts with it.
 */
import type { DialogInfoDialog, DialogInfoDocument } from './dialog-info';
import { MAX_DIALOGS } from './dialog-info';

/** What the dialogs mean for a lamp. */
export type DialogLamp =
  | { state: 'idle' }
  /** `called`: the watched user is the one being called (recipient), which is what a pickup needs. */
  | { state: 'ringing'; called: boolean }
  | { state: 'busy' };

export class DialogStateTracker {
  private readonly dialogs = new Map<string, DialogInfoDialog>();
  private version: number | undefined;

  /** Applies a document; false when it was stale and changed nothing. */
  apply(document: DialogInfoDocument): boolean {
    if (this.version !== undefined && document.version <= this.version) return false;
    this.version = document.version;
    if (document.state === 'full') this.dialogs.clear();
    for (const dialog of document.dialogs) {
      if (dialog.state === 'terminated') this.dialogs.delete(dialog.id);
      else this.dialogs.set(dialog.id, dialog);
    }
    // a stream of partial documents must not grow the map without bound
    while (this.dialogs.size > MAX_DIALOGS) {
      const oldest = this.dialogs.keys().next().value;
      if (oldest === undefined) break;
      this.dialogs.delete(oldest);
    }
    return true;
  }

  get lamp(): DialogLamp {
    return lampOfDialogs([...this.dialogs.values()]);
  }
}

/** Any confirmed dialog: busy; else any early/proceeding/trying one: ringing; else idle. */
export function lampOfDialogs(dialogs: readonly DialogInfoDialog[]): DialogLamp {
  const live = dialogs.filter((dialog) => dialog.state !== 'terminated');
  if (live.some((dialog) => dialog.state === 'confirmed')) return { state: 'busy' };
  if (live.length > 0) {
    return { state: 'ringing', called: live.some((dialog) => dialog.direction === 'recipient') };
  }
  return { state: 'idle' };
}
