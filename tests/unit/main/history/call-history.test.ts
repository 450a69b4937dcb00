import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/shared/contract';
import { migrate } from '../../../../src/main/db/database';
import { CallHistory, historyResultOf } from '../../../../src/main/history/call-history';

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
