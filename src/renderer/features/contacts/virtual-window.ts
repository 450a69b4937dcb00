/** Which rows of a long list are in the DOM: the visible ones plus `overscan` on each side. */
export interface VirtualWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export interface VirtualWindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  overscan: number;
}

export function virtualWindow(input: VirtualWindowInput): VirtualWindow {
  const { rowHeight, total, overscan } = input;
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const scrollTop = Math.max(0, input.scrollTop);
  const firstVisible = Math.min(total - 1, Math.floor(scrollTop / rowHeight));
  const lastVisible = Math.min(total, Math.ceil((scrollTop + Math.max(0, input.viewportHeight)) / rowHeight));
  return { start: Math.max(0, firstVisible - overscan), end: Math.min(total, lastVisible + overscan) };
}

/** The page numbers (of `pageSize` rows) that cover a window. */
export function pagesOf(window: VirtualWindow, pageSize: number): number[] {
  if (window.end <= window.start) return [];
  const first = Math.floor(window.start / pageSize);
  const last = Math.floor((window.end - 1) / pageSize);
  const pages: number[] = [];
  for (let page = first; page <= last; page += 1) pages.push(page);
  return pages;
}

/** The scrollTop that brings row `index` into view, or undefined when it already is. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | undefined {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return undefined;
}
