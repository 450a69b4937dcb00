import { describe, expect, it } from 'vitest';
import {
  pagesOf,
  scrollToShow,
  virtualWindow,
} from '../../../../../src/renderer/features/contacts/virtual-window';

const base = { rowHeight: 60, overscan: 5, viewportHeight: 600 };

describe('virtualWindow', () => {
  it('renders the visible rows plus overscan at the top of the list', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, total: 100_000 })).toEqual({ start: 0, end: 15 });
  });

  it('stays a few dozen rows deep in a list of 100,000', () => {
    const range = virtualWindow({ ...base, scrollTop: 60 * 50_000 + 30, total: 100_000 });
    expect(range).toEqual({ start: 49_995, end: 50_016 });
    expect(range.end - range.start).toBeLessThan(30);
  });

  it('clamps at the end of the list and for short lists', () => {
    expect(virtualWindow({ ...base, scrollTop: 60 * 99_990, total: 100_000 })).toEqual({
      start: 99_985,
      end: 100_000,
    });
    expect(virtualWindow({ ...base, scrollTop: 0, total: 3 })).toEqual({ start: 0, end: 3 });
  });

  it('is empty for an empty list and survives a negative (overscrolled) scrollTop', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, total: 0 })).toEqual({ start: 0, end: 0 });
    expect(virtualWindow({ ...base, scrollTop: -40, total: 10 })).toEqual({ start: 0, end: 10 });
  });
});

describe('pagesOf', () => {
  it('lists every page a window touches', () => {
    expect(pagesOf({ start: 95, end: 210 }, 100)).toEqual([0, 1, 2]);
    expect(pagesOf({ start: 0, end: 100 }, 100)).toEqual([0]);
    expect(pagesOf({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});

describe('scrollToShow', () => {
  it('scrolls up or down only as far as needed', () => {
    expect(scrollToShow(2, 300, 600, 60)).toBe(120);
    expect(scrollToShow(20, 300, 600, 60)).toBe(20 * 60 + 60 - 600);
    expect(scrollToShow(8, 300, 600, 60)).toBeUndefined();
  });
});
