import { describe, expect, it } from 'vitest';
import {
  maxMessageSummaryLength,
  parseMessageSummary,
  voicemailStatusOf,
} from '../../../../../src/main/sip/mwi/message-summary';

describe('parseMessageSummary', () => {
  it('reads the RFC 3842 example', () => {
    const body = [
      'Messages-Waiting: yes',
      'Message-Account: sip:alice@vmail.example.com',
      'Voice-Message: 2/8 (0/2)',
      '',
    ].join('\r\n');
    expect(parseMessageSummary(body)).toEqual({
      waiting: true,
      account: 'sip:alice@vmail.example.com',
      voice: { newMessages: 2, oldMessages: 8, urgentNew: 0, urgentOld: 2 },
    });
  });

  it('reads "no" and counts without the urgent part', () => {
    expect(parseMessageSummary('Messages-Waiting: no\r\nVoice-Message: 0/3\r\n')).toEqual({
      waiting: false,
      voice: { newMessages: 0, oldMessages: 3 },
    });
  });

  it.each([
    ['lower case and LF', 'messages-waiting: YES\nvoice-message: 1/0\n'],
    ['CR only', 'Messages-Waiting: yes\rVoice-Message: 1/0'],
    ['odd whitespace', '  Messages-Waiting :\tyes  \r\nVoice-Message:1 / 0 ( 0 / 0 )\r\n'],
    ['leading blank lines and other order', '\r\n\r\nVoice-Message: 1/0\r\nMessages-Waiting: yes'],
    ['other message classes', 'Messages-Waiting: yes\r\nFax-Message: 4/4\r\nVoice-Message: 1/0'],
  ])('tolerates %s', (_name, body) => {
    const summary = parseMessageSummary(body);
    expect(summary?.waiting).toBe(true);
    expect(summary?.voice?.newMessages).toBe(1);
    expect(summary?.voice?.oldMessages).toBe(0);
  });

  it('has no counts when the body has no Voice-Message line', () => {
    const summary = parseMessageSummary('Messages-Waiting: yes\r\n');
    expect(summary).toEqual({ waiting: true });
    expect(voicemailStatusOf(summary!)).toEqual({ waiting: true, newMessages: 0, oldMessages: 0 });
  });

  it('derives waiting from the counts when Messages-Waiting is missing', () => {
    expect(parseMessageSummary('Voice-Message: 3/1')?.waiting).toBe(true);
    expect(parseMessageSummary('Voice-Message: 0/1')?.waiting).toBe(false);
  });

  it('ignores the optional message headers after the blank line', () => {
    const body = 'Messages-Waiting: no\r\n\r\nVoice-Message: 9/9\r\nTo: <sip:alice@example.com>\r\n';
    expect(parseMessageSummary(body)).toEqual({ waiting: false });
  });

  it('keeps the first of repeated lines', () => {
    expect(parseMessageSummary('Messages-Waiting: no\nMessages-Waiting: yes\nVoice-Message: 0/0')).toEqual({
      waiting: false,
      voice: { newMessages: 0, oldMessages: 0 },
    });
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['an empty body', ''],
    ['blank lines', '\r\n\r\n'],
    ['a status that is neither yes nor no', 'Messages-Waiting: maybe'],
    ['no colon at all', 'Messages-Waiting yes'],
    ['binary', '\u0000\u0001\u00ff\ufffd'],
    ['XML', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    [
      'a body past the size limit',
      `Messages-Waiting: yes\r\n${'X-Pad: a\r\n'.repeat(maxMessageSummaryLength)}`,
    ],
  ])('returns undefined for %s', (_name, body) => {
    expect(parseMessageSummary(body)).toBeUndefined();
  });

  it.each([
    ['negative counts', 'Voice-Message: -1/2'],
    ['huge counts', 'Voice-Message: 99999999999999999999/1'],
    ['fractions', 'Voice-Message: 1.5/2'],
    ['trailing junk', 'Voice-Message: 1/2 junk'],
    ['half an urgent part', 'Voice-Message: 1/2 (1'],
  ])('drops a Voice-Message line with %s but keeps the status', (_name, line) => {
    expect(parseMessageSummary(`Messages-Waiting: yes\r\n${line}`)).toEqual({ waiting: true });
  });

  it('drops a Message-Account with control characters or past its limit', () => {
    expect(parseMessageSummary('Messages-Waiting: no\r\nMessage-Account: sip:a\u0007b@x')).toEqual({
      waiting: false,
    });
    expect(parseMessageSummary(`Messages-Waiting: no\r\nMessage-Account: sip:${'a'.repeat(300)}@x`)).toEqual({
      waiting: false,
    });
  });

  it('reads a body of many short lines quickly (no backtracking blow-up)', () => {
    const body = `Messages-Waiting: yes\nVoice-Message: ${'1'.repeat(9)}/${' '.repeat(4000)}`;
    const started = performance.now();
    expect(parseMessageSummary(body)).toEqual({ waiting: true });
    expect(performance.now() - started).toBeLessThan(200);
  });
});
