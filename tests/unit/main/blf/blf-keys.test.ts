import { describe, expect, it } from 'vitest';
import { BlfKeys } from '../../../../src/main/blf/blf-keys';
import type { BlfKeyLamp } from '../../../../src/main/blf/blf-keys';
import { openDatabase } from '../../../../src/main/db/database';

describe('BlfKeys', () => {
  it('bounds a key label and target from the PBX file as the contract does', () => {
    const db = openDatabase(':memory:');
    const blf = new BlfKeys(
      db,
      () => 'acc-1',
      () => undefined,
      () => ({ lamp: 'off' }),
    );
    blf.writeProvisioned(
      blf.planProvisioned([{ label: 'L'.repeat(50_000), target: `2${'0'.repeat(50_000)}` }]),
    );
    const [key] = blf.list();
    expect(key!.label).toHaveLength(1024);
    expect(key!.target).toHaveLength(2048);
  });

  const keys = [
    { label: 'Reception', target: '200', accountKey: 'a1' },
    { label: 'Lab', target: '201' },
  ];

  it('lists each key with its lamp, lampError only when failed; off without a lamp source', () => {
    const db = openDatabase(':memory:');
    const lamps: Record<number, BlfKeyLamp> = {};
    const blf = new BlfKeys(
      db,
      () => 'acc-1',
      () => undefined,
      (id) => lamps[id] ?? { lamp: 'off' },
    );
    blf.writeProvisioned(blf.planProvisioned(keys));
    const [first, second] = blf.list();
    lamps[first!.id] = { lamp: 'failed', lampError: 'The PBX refused the subscription (403 Not relaying)' };
    lamps[second!.id] = { lamp: 'busy', lampError: 'stale' };
    expect(blf.list().map((k) => [k.target, k.lamp, k.lampError])).toEqual([
      ['200', 'failed', 'The PBX refused the subscription (403 Not relaying)'],
      ['201', 'busy', undefined],
    ]);
    expect('lampError' in blf.list()[1]!).toBe(false);
    expect(
      new BlfKeys(
        db,
        () => undefined,
        () => undefined,
      )
        .list()
        .map((k) => [k.lamp, k.accountId]),
    ).toEqual([
      ['off', ''],
      ['off', ''],
    ]);
    db.close();
  });
});
