import type { ContactView } from '../../../shared/contract';

/**
 * The pages of the contact list fetched so far, for the virtualised list. A change of the
 * contacts starts a new generation: old pages stay shown until their replacements arrive, and
 * answers from an older generation are dropped.
 */
export class ContactPageCache {
  private pages = new Map<number, readonly ContactView[]>();
  private stale = new Set<number>();
  private requested = new Set<number>();
  private generation = 0;

  constructor(readonly pageSize: number) {}

  /** Pages of `wanted` that need a request now; they count as requested from here on. */
  missing(wanted: readonly number[]): number[] {
    const out = wanted.filter(
      (page) => !this.requested.has(page) && (!this.pages.has(page) || this.stale.has(page)),
    );
    for (const page of out) this.requested.add(page);
    return out;
  }

  /** A ticket for a request of `page`, to hand back to `store`. */
  ticket(): number {
    return this.generation;
  }

  /** Keeps an answer unless the contacts changed since it was asked for. True when it was kept. */
  store(page: number, contacts: readonly ContactView[], ticket: number): boolean {
    if (ticket !== this.generation) return false;
    this.requested.delete(page);
    this.stale.delete(page);
    this.pages.set(page, contacts);
    return true;
  }

  /** A request that failed may be asked again. */
  failed(page: number, ticket: number): void {
    if (ticket === this.generation) this.requested.delete(page);
  }

  /** The contacts changed: every page is refetched when next wanted. */
  invalidate(): void {
    this.generation += 1;
    this.requested.clear();
    for (const page of this.pages.keys()) this.stale.add(page);
  }

  /** The pages as they are now, for rendering. */
  snapshot(): ReadonlyMap<number, readonly ContactView[]> {
    return new Map(this.pages);
  }

  row(index: number): ContactView | undefined {
    return rowAt(this.pages, this.pageSize, index);
  }
}

export function rowAt(
  pages: ReadonlyMap<number, readonly ContactView[]>,
  pageSize: number,
  index: number,
): ContactView | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}
