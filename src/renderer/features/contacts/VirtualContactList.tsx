import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { contractErrorText } from '../../i18n/contract-error-text';
import { ContactRow } from './ContactRow';
import { ContactPageCache, rowAt } from './page-cache';
import { pagesOf, scrollToShow, virtualWindow } from './virtual-window';

export const contactRowHeight = 60;
const pageSize = 100;
const overscan = 8;

interface VirtualContactListProps {
  /** Goes up when contacts changed: the pages are fetched again. */
  revision: number;
  label: string;
  onTotal: (total: number | undefined) => void;
  /** The contact shown in the details, if any. */
  selectedId: string | undefined;
  onSelect: (contact: ContactView, anchor: HTMLElement) => void;
  onActivate: (contact: ContactView, anchor: HTMLElement) => void;
  onEdit: (contact: ContactView) => void;
  onDelete: (contact: ContactView) => void;
}

/**
 * Every contact in name order, fetched a page at a time. Only the rows in view (plus a few on each
 * side) are in the DOM, absolutely positioned in a spacer as tall as the whole list, so 100,000
 * contacts scroll as smoothly as 100.
 */
export function VirtualContactList(props: VirtualContactListProps) {
  const { revision, onTotal } = props;
  const { t } = useTranslation();
  const api = useApi();
  const scroller = useRef<HTMLDivElement>(null);
  const cache = useRef(new ContactPageCache(pageSize));
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  const [pages, setPages] = useState<ReadonlyMap<number, readonly ContactView[]>>(new Map());
  const [focusTick, setFocusTick] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const pendingFocus = useRef<number | undefined>(undefined);
  const seenRevision = useRef(revision);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    setViewportHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Until the first page says how many there are (and while there are none), ask for the first page.
  const range =
    total === undefined
      ? { start: 0, end: 0 }
      : virtualWindow({ scrollTop, viewportHeight, rowHeight: contactRowHeight, total, overscan });
  const wanted = range.end > range.start ? pagesOf(range, pageSize) : [0];
  const wantedKey = wanted.join(',');

  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    cache.current.invalidate();
  }, [revision]);

  useEffect(() => {
    const missing = cache.current.missing(wantedKey === '' ? [] : wantedKey.split(',').map(Number));
    for (const page of missing) {
      const ticket = cache.current.ticket();
      api.request('contacts.page', { offset: page * pageSize, limit: pageSize }).then(
        (result) => {
          if (!cache.current.store(page, result.contacts, ticket)) return;
          setTotal(result.total);
          setError(undefined);
          setPages(cache.current.snapshot());
        },
        (reason: unknown) => {
          cache.current.failed(page, ticket);
          setError(contractErrorText(t, reason));
        },
      );
    }
  }, [api, t, wantedKey, revision]);

  useEffect(() => onTotal(total), [onTotal, total]);

  // Arrow keys reached a row that was not rendered yet: focus it once it is.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(
      `[data-row-index="${index}"] .contact-row__main`,
    );
    if (button) {
      pendingFocus.current = undefined;
      button.focus();
    }
  }, [focusTick, pages, scrollTop]);

  const focusRow = (index: number) => {
    const element = scroller.current;
    if (element === null || total === undefined || index < 0 || index >= total) return;
    const top = scrollToShow(index, element.scrollTop, element.clientHeight, contactRowHeight);
    if (top !== undefined) {
      element.scrollTop = top;
      setScrollTop(top);
    }
    pendingFocus.current = index;
    setFocusTick((n) => n + 1);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const visibleRows = Math.max(1, Math.floor(viewportHeight / contactRowHeight));
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + visibleRows,
      PageUp: index - visibleRows,
      Home: 0,
      End: (total ?? 1) - 1,
    };
    const target = targets[event.key];
    if (target === undefined || total === undefined) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(total - 1, target)));
  };

  const rows = [];
  for (let index = range.start; index < range.end && total !== undefined; index += 1) {
    const contact = rowAt(pages, pageSize, index);
    const style = { top: index * contactRowHeight, height: contactRowHeight };
    rows.push(
      contact === undefined ? (
        <div
          key={`pending-${index}`}
          role="listitem"
          className="contact-row contact-row--pending"
          style={style}
        >
          <span className="visually-hidden">{t('app.loading')}</span>
        </div>
      ) : (
        <ContactRow
          key={contact.id}
          contact={contact}
          index={index}
          total={total}
          style={style}
          selected={props.selectedId === contact.id}
          onSelect={props.onSelect}
          onActivate={props.onActivate}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
          onKeyDown={onRowKeyDown}
        />
      ),
    );
  }

  return (
    <>
      {error !== undefined && <p className="form-error contacts__error">{error}</p>}
      <div
        ref={scroller}
        className="contact-list contact-list--virtual"
        data-testid="contact-list"
        data-total={total}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div
          role="list"
          aria-label={props.label}
          className="contact-list__spacer"
          style={{ height: (total ?? 0) * contactRowHeight }}
        >
          {rows}
        </div>
      </div>
    </>
  );
}
