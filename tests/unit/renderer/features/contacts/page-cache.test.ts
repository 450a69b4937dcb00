import { describe, expect, it } from 'vitest';
import { ContactPageCache } from '../../../../../src/renderer/features/contacts/page-cache';
import { contact } from './fixtures';

const page = (prefix: string, count = 10) =>
  Array.from({ length: count }, (_, index) => contact({ id: `${prefix}${index}` }));

describe('ContactPageCache', () => {
  it('asks for each missing page once and serves rows by index', () => {
    const cache = new ContactPageCache(10);
    expect(cache.missing([0, 1])).toEqual([0, 1]);
    expect(cache.missing([0, 1])).toEqual([]);
    expect(cache.store(1, page('b'), cache.ticket())).toBe(true);
    expect(cache.row(13)?.id).toBe('b3');
    expect(cache.row(3)).toBeUndefined();
  });

  it('drops an answer asked for before the contacts changed, keeps old rows until new ones arrive', () => {
    const cache = new ContactPageCache(10);
    cache.missing([0]);
    cache.store(0, page('old'), cache.ticket());
    cache.missing([1]);
    const staleTicket = cache.ticket();
    cache.invalidate();
    expect(cache.store(1, page('late'), staleTicket)).toBe(false);
    expect(cache.row(10)).toBeUndefined();
    expect(cache.row(0)?.id).toBe('old0');
    expect(cache.missing([0, 1])).toEqual([0, 1]);
    cache.store(0, page('new'), cache.ticket());
    expect(cache.row(0)?.id).toBe('new0');
    expect(cache.missing([0])).toEqual([]);
  });

  it('lets a failed page be asked again', () => {
    const cache = new ContactPageCache(10);
    cache.missing([2]);
    cache.failed(2, cache.ticket());
    expect(cache.missing([2])).toEqual([2]);
  });
});
