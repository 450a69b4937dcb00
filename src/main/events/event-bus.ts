import type { EventName, EventPayload } from '../../shared/contract';

/** The contract's events (main → renderer) by name. */
export type ContractEventMap = { [E in EventName]: EventPayload<E> };

/**
 * One event as a listener receives it: a union of `[name, payload]` pairs, so a listener that
 * compares the name has the payload's type without a cast.
 */
export type BusEvent<M extends object> = { [K in keyof M]: [event: K, payload: M[K]] }[keyof M];

export type EventListener<M extends object = ContractEventMap> = (...event: BusEvent<M>) => void;

/**
 * Synchronous events in subscription order. The core's `events` carries the contract's events: each
 * shell subscribes once and forwards them to its renderer(s).
 */
export class EventBus<M extends object = ContractEventMap> {
  private readonly listeners = new Set<EventListener<M>>();

  subscribe(listener: EventListener<M>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends keyof M>(event: E, payload: M[E]): void {
    // [E, M[E]] is one member of BusEvent<M>; TypeScript does not see that for a generic E.
    const pair = [event, payload] as BusEvent<M>;
    for (const listener of this.listeners) listener(...pair);
  }
}
