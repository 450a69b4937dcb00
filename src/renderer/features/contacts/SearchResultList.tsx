import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ContactHit, ContactView } from '../../../shared/contract';
import { ContactRow } from './ContactRow';

interface SearchResultListProps {
  hits: readonly ContactHit[];
  label: string;
  /** The contact shown in the details, if any. */
  selectedId: string | undefined;
  onSelect: (contact: ContactView, anchor: HTMLElement) => void;
  onActivate: (contact: ContactView, anchor: HTMLElement) => void;
  onEdit: (contact: ContactView) => void;
  onDelete: (contact: ContactView) => void;
}

/** The merged hits of a search (a few dozen at most, so not virtualised). */
export function SearchResultList({
  hits,
  label,
  selectedId,
  onSelect,
  onActivate,
  onEdit,
  onDelete,
}: SearchResultListProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: hits.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) {
      document.getElementById('main-search')?.focus();
      return;
    }
    list.current
      ?.querySelector<HTMLButtonElement>(
        `[data-row-index="${Math.min(target, hits.length - 1)}"] .contact-row__main`,
      )
      ?.focus();
  };
  return (
    <div ref={list} role="list" aria-label={label} className="contact-list" data-testid="contact-hits">
      {hits.map((hit, index) => (
        <ContactRow
          key={`${hit.contact.sourceId}:${hit.contact.id}`}
          contact={hit.contact}
          index={index}
          total={hits.length}
          selected={selectedId === hit.contact.id}
          onSelect={onSelect}
          onActivate={onActivate}
          onEdit={onEdit}
          onDelete={onDelete}
          onKeyDown={onKeyDown}
        />
      ))}
    </div>
  );
}
