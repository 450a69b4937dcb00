import { describe, expect, it } from 'vitest';
import {
  callOutcome,
  callOutcomes,
  outcomeDetail,
  outcomeText,
} from '../../../../../src/renderer/features/calls/call-outcome';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { callEndCauses } from '../../../../../src/shared/contract';

const { t } = createI18n('en');
const german = createI18n('de').t;

describe('callOutcome: every SIP final response in words a user understands', () => {
  const outgoing = (reason: 'failed' | 'busy' | 'rejected' | 'cancelled', code?: number) =>
    callOutcome({ direction: 'outgoing', reason, code });

  it('says a number does not exist for 404, 410, 484, 485 and 604', () => {
    for (const code of [404, 410, 484, 485, 604]) expect(outgoing('failed', code)).toBe('notFound');
  });

  it('says not reachable right now for 480, 408 and a server or gateway that is down', () => {
    for (const code of [408, 480, 502, 503, 504]) expect(outgoing('failed', code)).toBe('unreachable');
  });

  it('says busy for 486 and 600, declined for 603 and 607, cancelled for 487', () => {
    expect(outgoing('busy', 486)).toBe('busy');
    expect(outgoing('busy', 600)).toBe('busy');
    expect(outgoing('rejected', 603)).toBe('declined');
    expect(outgoing('failed', 607)).toBe('declined');
    expect(outgoing('cancelled', 487)).toBe('cancelled');
  });

  it('tells login, permission and media refusals apart from other failures', () => {
    expect(outgoing('failed', 401)).toBe('loginRefused');
    expect(outgoing('failed', 407)).toBe('loginRefused');
    expect(outgoing('failed', 403)).toBe('notAllowed');
    for (const code of [415, 420, 488, 606]) expect(outgoing('failed', code)).toBe('incompatible');
    expect(outgoing('failed', 500)).toBe('serviceError');
    expect(outgoing('failed', 580)).toBe('serviceError');
    expect(outgoing('failed', 400)).toBe('failed');
    expect(outgoing('failed', 302)).toBe('forwarded');
    expect(outgoing('failed')).toBe('failed');
  });

  it('words our own causes before the status, and our end reasons by direction', () => {
    const dnd = { direction: 'incoming', reason: 'busy', code: 486, cause: 'doNotDisturb' } as const;
    expect(callOutcome(dnd)).toBe('doNotDisturb');
    expect(callOutcome({ direction: 'outgoing', reason: 'failed', code: 480, cause: 'noAnswer' })).toBe(
      'noAnswer',
    );
    expect(callOutcome({ direction: 'incoming', reason: 'rejected' })).toBe('youDeclined');
    expect(callOutcome({ direction: 'incoming', reason: 'missed' })).toBe('missed');
    expect(callOutcome({ direction: 'outgoing', reason: 'mediaLost' })).toBe('connectionLost');
    expect(callOutcome({ direction: 'outgoing', reason: 'hangup' })).toBe('hungUp');
    expect(callOutcome({ direction: 'incoming', reason: 'answeredElsewhere' })).toBe('answeredElsewhere');
  });

  it('has English and German words for every outcome and every cause', () => {
    for (const outcome of callOutcomes) {
      expect(t(`calls.outcome.${outcome}`)).not.toContain('calls.outcome');
      expect(german(`calls.outcome.${outcome}`)).not.toBe(t(`calls.outcome.${outcome}`));
    }
    for (const cause of callEndCauses) expect(callOutcomes).toContain(cause);
  });
});

describe('outcomeText and outcomeDetail', () => {
  it('keeps the SIP code and the far end’s phrase for the details line only', () => {
    const end = { reason: 'failed', code: 404, text: 'Not Found' } as const;
    expect(outcomeText(t, { direction: 'outgoing', ...end })).toBe('Number not found');
    expect(outcomeText(german, { direction: 'outgoing', ...end })).toBe('Rufnummer nicht gefunden');
    expect(outcomeDetail(t, end)).toBe('SIP 404 Not Found');
    expect(outcomeDetail(t, { code: 503, text: ' ' })).toBe('SIP 503');
    expect(outcomeDetail(t, {})).toBeUndefined();
  });
});
