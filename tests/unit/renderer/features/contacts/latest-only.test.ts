import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../../../../src/renderer/features/contacts/latest-only';

describe('LatestOnly', () => {
  it('keeps only the newest request current, whatever order answers come in', () => {
    const latest = new LatestOnly();
    const first = latest.next();
    const second = latest.next();
    expect(second()).toBe(true);
    expect(first()).toBe(false);
  });

  it('cancel makes every running request stale', () => {
    const latest = new LatestOnly();
    const running = latest.next();
    latest.cancel();
    expect(running()).toBe(false);
  });
});
