import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/shared/contract';
import { historyEntrySchema } from '../../../../src/shared/contract';
import { migrate } from '../../../../src/main/db/database';
import { CallHistory, historyResultOf } from '../../../../src/main/history/call-history';
import type { HistoryRetention } from '../../../../src/main/history/history-retention';
import { historyRetentionFrom, pruneStatements } from '../../../../src/main/history/history-retention';

/** The rows' times are small numbers; the clock stands just after them, well inside the retention. */
const clock = { now: () => 10_000 };

function call(overrides: Partial<CallView>): CallView {
  return {
    id: 'c1',
    accountId: 'acc',
    direction: 'outgoing',
    state: 'ended',
    remoteNumber: '1002',
    remoteName: 'Bob',
    startedAt: 1000,
    endedAt: 5000,
    muted: false,
    silenced: false,
    earlyMedia: false,
    remoteHold: false,
    ...overrides,
  };
}

describe('historyResultOf', () => {
  it.each([
    [{ answeredAt: 2000, end: { reason: 'remoteHangup' as const } }, 'answered'],
    [{ direction: 'incoming' as const, end: { reason: 'missed' as const } }, 'missed'],
    [{ direction: 'incoming' as const, end: { reason: 'rejected' as const } }, 'rejected'],
    [{ direction: 'incoming' as const, end: { reason: 'busy' as const, code: 486 } }, 'busy'],
    [{ end: { reason: 'busy' as const, code: 486 } }, 'busy'],
    [{ end: { reason: 'cancelled' as const } }, 'cancelled'],
    [{ end: { reason: 'rejected' as const, code: 603 } }, 'failed'],
    [{ end: { reason: 'failed' as const, code: 404 } }, 'failed'],
    [{ direction: 'incoming' as const, end: { reason: 'answeredElsewhere' as const } }, 'missed'],
    [{ direction: 'incoming' as const, end: { reason: 'forwarded' as const } }, 'forwarded'],
    [{ answeredAt: 2000, end: { reason: 'transferred' as const } }, 'answered'],
    [
      {
        direction: 'incoming' as const,
        end: { reason: 'failed' as const, code: 488, incompatible: 'noEncryption' as const },
      },
      'incompatible',
    ],
    [{ end: { reason: 'failed' as const, code: 488, incompatible: 'noIce' as const } }, 'incompatible'],
    [{ state: 'incoming' as const, direction: 'incoming' as const, endedAt: undefined }, 'ongoing'],
    [{ state: 'active' as const, answeredAt: 2000, endedAt: undefined }, 'ongoing'],
  ])('%j → %s', (overrides, result) => {
    expect(historyResultOf(call(overrides))).toBe(result);
  });
});

describe('CallHistory', () => {
  let db: BetterSqlite3.Database;
  let changes: number;
  let history: CallHistory;
  beforeEach(() => {
    db = new BetterSqlite3(':memory:');
    migrate(db);
    changes = 0;
    history = new CallHistory(db, () => changes++, undefined, clock);
  });

  it('records each call once with its SIP code and lists newest first', () => {
    history.record(
      call({ id: 'old', startedAt: 1000, end: { reason: 'busy', code: 486, text: 'Busy Here' } }),
    );
    history.record(
      call({ id: 'new', startedAt: 9000, endedAt: 9500, answeredAt: 9100, end: { reason: 'hangup' } }),
    );
    history.record(call({ id: 'new', startedAt: 9000, endedAt: 9500 }));
    const rows = history.list();
    expect(rows.map((r) => r.callId)).toEqual(['new', 'old']);
    expect(rows[1]).toMatchObject({ result: 'busy', sipCode: 486, remoteNumber: '1002', remoteName: 'Bob' });
    expect(rows[0]).toMatchObject({ result: 'answered', answeredAt: 9100, endedAt: 9500 });
    expect(rows[0]?.sipCode).toBeUndefined();
    expect(changes).toBe(3);
  });

  it('has a row from the moment a call rings, brought up to date on answer and made final at the end', () => {
    const ringing = call({ direction: 'incoming', state: 'incoming', endedAt: undefined });
    history.record(ringing);
    expect(history.list()).toEqual([expect.objectContaining({ callId: 'c1', result: 'ongoing' })]);
    history.record({ ...ringing, state: 'active', answeredAt: 2000 });
    expect(history.list()[0]).toMatchObject({ result: 'ongoing', answeredAt: 2000 });
    history.record({
      ...ringing,
      state: 'ended',
      answeredAt: 2000,
      endedAt: 7000,
      end: { reason: 'hangup' },
    });
    history.record({ ...ringing, state: 'incoming' });
    expect(history.list()).toEqual([
      expect.objectContaining({ callId: 'c1', result: 'answered', answeredAt: 2000, endedAt: 7000 }),
    ]);
    expect(changes).toBe(4);
  });

  it("keeps why the other side's media could not be used", () => {
    history.record(
      call({
        direction: 'incoming',
        end: { reason: 'failed', code: 488, text: 'Not Acceptable Here', incompatible: 'noEncryption' },
      }),
    );
    expect(history.list()[0]).toMatchObject({
      result: 'incompatible',
      sipCode: 488,
      incompatible: 'noEncryption',
    });
    expect(historyEntrySchema.array().safeParse(history.list()).success).toBe(true);
  });

  it('marks the calls a previous run left ongoing as interrupted when it opens', () => {
    history.record(call({ id: 'talking', state: 'active', answeredAt: 2000, endedAt: undefined }));
    history.record(call({ id: 'done', end: { reason: 'hangup' }, answeredAt: 2000 }));
    new CallHistory(db, () => undefined, undefined, clock);
    expect(history.list().map((e) => [e.callId, e.result])).toEqual([
      ['done', 'answered'],
      ['talking', 'interrupted'],
    ]);
  });

  it('keeps how each call ended, e.g. an answered call whose connection was lost', () => {
    history.record(call({ id: 'lost', answeredAt: 1100, end: { reason: 'mediaLost' } }));
    history.record(call({ id: 'plain', startedAt: 2000 }));
    const [plain, lost] = history.list();
    expect(lost).toMatchObject({ callId: 'lost', result: 'answered', endReason: 'mediaLost' });
    expect(plain?.endReason).toBeUndefined();
  });

  it('keeps our own cause of an end (do not disturb), and none where the status says it all', () => {
    history.record(
      call({ id: 'dnd', direction: 'incoming', end: { reason: 'busy', code: 486, cause: 'doNotDisturb' } }),
    );
    history.record(
      call({ id: 'busy', startedAt: 2000, end: { reason: 'busy', code: 486, text: 'Busy Here' } }),
    );
    const [busy, dnd] = history.list();
    expect(dnd).toMatchObject({ callId: 'dnd', result: 'busy', sipCode: 486, endCause: 'doNotDisturb' });
    expect(busy?.endCause).toBeUndefined();
  });

  it('deletes one entry and clears all', () => {
    history.record(call({ id: 'a' }));
    history.record(call({ id: 'b' }));
    const [first] = history.list();
    expect(history.delete(first!.id)).toEqual({ deleted: 1 });
    expect(history.delete(first!.id)).toEqual({ deleted: 0 });
    expect(history.list()).toHaveLength(1);
    expect(history.clear()).toEqual({ deleted: 1 });
    expect(history.list()).toEqual([]);
  });
});

describe('CallHistory caller ID', () => {
  function history(lookup: (n: string) => CallView['contact']) {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    return { db, history: new CallHistory(db, () => undefined, lookup, clock) };
  }
  const directory = { contactId: 'd1', sourceId: 'ldap:x', sourceName: 'Directory', name: 'Found In Call' };

  it('shows the address book name now, else the contact found during the call', () => {
    const { history: h } = history((n) =>
      n === '1002'
        ? { contactId: 'l1', sourceId: 'local', sourceName: 'Local', name: 'Bob Local' }
        : undefined,
    );
    h.record(call({ id: 'a', remoteNumber: '1002' }));
    h.record(call({ id: 'b', remoteNumber: '555', contact: directory }));
    h.record(call({ id: 'c', remoteNumber: '777' }));
    // a local contact found during the call but deleted since: not kept
    h.record(
      call({
        id: 'd',
        remoteNumber: '888',
        contact: { contactId: 'gone', sourceId: 'local', sourceName: 'Local', name: 'Deleted Since' },
      }),
    );
    const byCall = new Map(h.list().map((e) => [e.callId, e.contact?.name]));
    expect(Object.fromEntries(byCall)).toEqual({
      a: 'Bob Local',
      b: 'Found In Call',
      c: undefined,
      d: undefined,
    });
  });

  it('ignores a stored contact that is not valid JSON of a contact', () => {
    const { db, history: h } = history(() => undefined);
    h.record(call({ id: 'a', contact: directory }));
    db.prepare("UPDATE call_history SET contact = '{broken'").run();
    expect(h.list()[0]?.contact).toBeUndefined();
    expect(h.get(h.list()[0]!.id)?.callId).toBe('a');
  });
});

describe('CallHistory bounds and retention', () => {
  const day = 24 * 60 * 60 * 1000;
  let db: BetterSqlite3.Database;
  let now: number;
  let retention: HistoryRetention;
  beforeEach(() => {
    db = new BetterSqlite3(':memory:');
    migrate(db);
    now = 1000 * day;
    retention = { keepDays: 30, maxEntries: 10 };
  });
  const open = () =>
    new CallHistory(db, () => undefined, undefined, { retention: () => retention, now: () => now });

  it('clips numbers and names of any caller view before they are stored', () => {
    const history = open();
    history.record(
      call({
        startedAt: now,
        remoteNumber: `9${'0'.repeat(921_600)}`,
        remoteName: `Eve\r\n${'x'.repeat(5000)}`,
      }),
    );
    const row = db.prepare('SELECT remote_number, remote_name FROM call_history').get() as {
      remote_number: string;
      remote_name: string;
    };
    expect(row.remote_number).toHaveLength(64);
    expect(row.remote_name).toHaveLength(128);
    expect(row.remote_name.startsWith('Eve  x')).toBe(true);
    expect(historyEntrySchema.array().safeParse(history.list()).success).toBe(true);
  });

  it('keeps only the newest maxEntries calls', () => {
    const history = open();
    for (let i = 0; i < 12; i++) history.record(call({ id: `c${i}`, startedAt: now - (12 - i) * 1000 }));
    const kept = history.list().map((e) => e.callId);
    expect(kept).toHaveLength(10);
    expect(kept).not.toContain('c0');
    expect(kept).not.toContain('c1');
    expect(kept[0]).toBe('c11');
  });

  it('deletes calls older than keepDays as the clock moves on, and none with 0', () => {
    const history = open();
    history.record(call({ id: 'old', startedAt: now - 29 * day }));
    history.record(call({ id: 'new', startedAt: now - day }));
    expect(history.list()).toHaveLength(2);
    now += 2 * day;
    history.record(call({ id: 'today', startedAt: now }));
    expect(history.list().map((e) => e.callId)).toEqual(['today', 'new']);
    retention = { keepDays: 0, maxEntries: 10 };
    now += 3650 * day;
    expect(history.prune()).toBe(0);
    expect(history.list()).toHaveLength(2);
  });

  it('never prunes a call that is still ongoing, however old or many', () => {
    const history = open();
    history.record(call({ id: 'long', state: 'active', startedAt: now - 40 * day, endedAt: undefined }));
    for (let i = 0; i < 12; i++) history.record(call({ id: `c${i}`, startedAt: now - (12 - i) * 1000 }));
    const kept = history.list().map((e) => e.callId);
    expect(kept).toHaveLength(10);
    expect(kept).toContain('long');
  });

  it('prunes at start what a lower limit no longer keeps', () => {
    const first = open();
    for (let i = 0; i < 8; i++) first.record(call({ id: `c${i}`, startedAt: now - i * day }));
    retention = { keepDays: 5, maxEntries: 3 };
    open();
    expect(first.list().map((e) => e.callId)).toEqual(['c0', 'c1', 'c2']);
  });

  it('prunes through the start-time index, not by scanning the table', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.includes('?') ? [1] : [])) as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    expect(plan(pruneStatements.olderThan)).toMatch(
      /^SEARCH call_history USING (COVERING )?INDEX call_history_started \(started_at<\?\)$/,
    );
    expect(plan(pruneStatements.oldest)).toMatch(
      /^SEARCH call_history USING INTEGER PRIMARY KEY \(rowid=\?\); LIST SUBQUERY 1; SCAN call_history USING (COVERING )?INDEX call_history_started$/,
    );
    expect(plan('SELECT * FROM call_history ORDER BY started_at DESC, id DESC LIMIT ?')).not.toMatch(
      /TEMP B-TREE/,
    );
  });
});

describe('historyRetentionFrom', () => {
  it('reads the two settings and falls back to their defaults', () => {
    const values: Record<string, unknown> = { 'functions.calls.historyKeepDays': 7 };
    expect(historyRetentionFrom((key) => values[key])).toEqual({ keepDays: 7, maxEntries: 10_000 });
    expect(historyRetentionFrom(() => 'garbage')).toEqual({ keepDays: 365, maxEntries: 10_000 });
  });
});
