import type { PresenceState } from '../../shared/contract/desktop';
import { presenceStates } from '../../shared/contract/desktop';

export type { PresenceState };

/**
 * The user's own presence, held in main. `dnd` is the do-not-disturb flag the
 * call manager reads: while it is set an incoming INVITE is answered 486 Busy
 * Here and never rings (RFC 3261 §21.4.7).
 */
export class PresenceModel {
  private current: PresenceState;
  private readonly listeners = new Set<(state: PresenceState) => void>();

  constructor(initial: PresenceState = 'available') {
    this.current = initial;
  }

  get state(): PresenceState {
    return this.current;
  }

  get dnd(): boolean {
    return this.current === 'dnd';
  }

  /** Sets the state; an unknown value is refused with a message and the previous state kept. */
  set(state: unknown): PresenceState {
    if (!isPresenceState(state)) {
      throw new Error(`Unknown presence "${String(state)}": use one of ${presenceStates.join(', ')}.`);
    }
    if (state === this.current) return state;
    this.current = state;
    for (const listener of this.listeners) listener(state);
    return state;
  }

  /** Do not disturb on; off returns to available. */
  setDnd(on: boolean): PresenceState {
    if (on) return this.set('dnd');
    return this.dnd ? this.set('available') : this.current;
  }

  subscribe(listener: (state: PresenceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function isPresenceState(value: unknown): value is PresenceState {
  return typeof value === 'string' && (presenceStates as readonly string[]).includes(value);
}
