import { describe, expect, it } from 'vitest';
import { dialErrorText, dialProblemOf } from '../../../../../src/renderer/features/calls/dial-error';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { ContractError } from '../../../../../src/shared/contract';

const { t } = createI18n('en');
const german = createI18n('de').t;
const letters = new ContractError(
  'VALIDATION',
  'A phone number may contain only digits, *, # and a leading +. Check the number.',
  'target',
);

describe('dialProblemOf', () => {
  it('tells the kind of refusal from the target, in main’s order', () => {
    expect(dialProblemOf('abc')).toBe('letters');
    expect(dialProblemOf('  ')).toBe('empty');
    expect(dialProblemOf('12\u00003')).toBe('controlCharacters');
    expect(dialProblemOf('sip:@')).toBe('badUri');
    expect(dialProblemOf('bob@')).toBe('badUri');
    expect(dialProblemOf('1'.repeat(40))).toBe('tooLong');
    expect(dialProblemOf('x'.repeat(300))).toBe('tooLong');
  });
});

describe('dialErrorText', () => {
  it('names the target and the problem; in English main’s sentence is not repeated', () => {
    expect(dialErrorText(t, 'abc', letters)).toEqual({
      text: '“abc” cannot be dialled. A phone number may contain only digits, *, # and a leading +. Check the number.',
      detail: undefined,
    });
  });

  it('translates the problem and keeps main’s English sentence as the detail', () => {
    expect(dialErrorText(german, 'abc', letters)).toEqual({
      text: '„abc“ kann nicht gewählt werden. Eine Rufnummer darf nur Ziffern, *, # und ein führendes + enthalten. Prüfen Sie die Nummer.',
      detail: letters.message,
    });
  });

  it('takes the problem from main’s code and shows no English detail then', () => {
    // the target alone would say "letters": the code wins
    const coded = new ContractError('VALIDATION', 'The number is too long to dial.', 'target', {
      key: 'dial.tooLong',
    });
    expect(dialErrorText(german, 'abc', coded)).toEqual({
      text: '„abc“ kann nicht gewählt werden. Die Nummer ist zu lang zum Wählen.',
      detail: undefined,
    });
    const notSip = new ContractError(
      'VALIDATION',
      'This number cannot be dialled as a SIP address.',
      'target',
      {
        key: 'dial.notSipAddress',
      },
    );
    expect(dialErrorText(german, 'a b', notSip).detail).toBe(
      'Diese Nummer kann nicht als SIP-Adresse gewählt werden.',
    );
  });

  it('sends the code through the contract and back', () => {
    const data = new ContractError('VALIDATION', 'x', 'target', { key: 'dial.letters' }).toData();
    expect(data).toEqual({
      code: 'VALIDATION',
      message: 'x',
      field: 'target',
      text: { key: 'dial.letters' },
    });
    expect(ContractError.fromData(data).text).toEqual({ key: 'dial.letters' });
  });

  it('says what failed and what to do for any other error', () => {
    const text = dialErrorText(t, '2042', new ContractError('UNAVAILABLE', 'no socket')).text;
    expect(text).toBe(
      'The phone cannot be reached right now. Wait until the connection is back, then try again.',
    );
    expect(
      dialErrorText(t, '2042', new ContractError('VALIDATION', 'not registered', 'accountId')).text,
    ).toContain('not registered');
  });
});
