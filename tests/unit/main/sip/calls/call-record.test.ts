import BetterSqlite3 from 'better-sqlite3';
import { Grammar } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../src/main/db/database';
import { CallHistory } from '../../../../../src/main/history/call-history';
import type { CallSession } from '../../../../../src/main/sip/calls/call-record';
import { CallRecord } from '../../../../../src/main/sip/calls/call-record';
import { callViewSchema } from '../../../../../src/shared/contract';

const session = {} as CallSession;

/** An incoming call's record made as the call manager makes it from the INVITE's From identity. */
function incomingFrom(fromHeader: string): CallRecord {
  const identity = Grammar.nameAddrHeaderParse(fromHeader);
  if (!identity) throw new Error(`sip.js could not parse ${fromHeader.slice(0, 80)}`);
  return new CallRecord(
    'c1',
    'acc',
    'incoming',
    session,
    identity.uri.user ?? identity.uri.toString(),
    identity.displayName,
    1000,
  );
}

function ended(call: CallRecord): CallRecord {
  call.state = 'ended';
  call.endedAt = 2000;
  return call;
}

describe('CallRecord bounds what the network sent', () => {
  it('stores a history row of bounded length for an INVITE with a 900 KB From user', () => {
    // What sip.js hands the call manager for From: "<300 KB>" <sip:<900 KB>@pbx.example.com> (parsing
    // that header takes sip.js seconds, so the test starts from its result).
    const user = '1'.repeat(900 * 1024);
    const call = ended(new CallRecord('c1', 'acc', 'incoming', session, user, 'N'.repeat(300_000), 1000));
    call.end = { reason: 'missed', code: 487, text: 'T'.repeat(500_000) };

    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const history = new CallHistory(db, () => undefined, undefined, { now: () => 3000 });
    history.record(call.view());

    const row = db
      .prepare('SELECT length(remote_number) AS number, length(remote_name) AS name FROM call_history')
      .get() as { number: number; name: number };
    expect(row).toEqual({ number: 64, name: 128 });
    expect(history.list()[0]?.remoteNumber).toBe('1'.repeat(64));
    // The view is what calls.changed carries and the router parses: it fits the contract.
    expect(callViewSchema.safeParse(call.view()).success).toBe(true);
    expect(call.view().end?.text).toHaveLength(256);
  });

  it('removes line breaks, control and bidi override characters from the caller name', () => {
    const call = incomingFrom('"Invoice \u202eexe.pdf\u202c" <sip:1001@pbx.example.com>');
    expect(call.remoteName).toBe('Invoice exe.pdf');
    const direct = new CallRecord('c2', 'acc', 'incoming', session, '10\r\n01', 'Eve\u0000\r\nVia: x', 1);
    expect(direct.remoteNumber).toBe('10  01');
    expect(direct.remoteName).toBe('Eve  Via: x');
  });

  it('bounds the end text however the call manager assigns it', () => {
    const call = new CallRecord('c3', 'acc', 'outgoing', session, '1002', '', 1);
    call.end = { reason: 'failed', code: 500, text: `Server\r\nError${'!'.repeat(1000)}` };
    expect(call.end?.text).toHaveLength(256);
    expect(call.end?.text?.startsWith('Server  Error!')).toBe(true);
    call.end = { ...call.end, reason: 'hangup' };
    expect(call.end).toMatchObject({ reason: 'hangup', code: 500 });
    call.end = { reason: 'busy' };
    expect(call.end).toEqual({ reason: 'busy' });
    const failing = new CallRecord('c4', 'acc', 'outgoing', session, '1002', '', 1);
    failing.end ??= { reason: 'failed', text: 'E'.repeat(10_000) };
    expect(failing.end.text).toHaveLength(256);
  });

  it('keeps the newest received DTMF and bounds a directory contact name', () => {
    const call = new CallRecord('c5', 'acc', 'incoming', session, '1002', '', 1);
    call.receivedDtmf = `${'1'.repeat(100)}#`;
    expect(call.receivedDtmf).toHaveLength(64);
    expect(call.receivedDtmf.endsWith('1#')).toBe(true);
    call.contact = {
      contactId: 'cn=x',
      sourceId: 'ldap:a',
      sourceName: 'Dir',
      name: `A\n${'b'.repeat(9000)}`,
    };
    expect(call.contact?.name).toHaveLength(256);
    expect(call.contact?.name.startsWith('A b')).toBe(true);
    expect(callViewSchema.safeParse(call.view()).success).toBe(true);
  });
});
