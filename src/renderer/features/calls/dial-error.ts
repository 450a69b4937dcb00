import type { TFunction } from 'i18next';
import { asContractError, contractErrorText } from '../../i18n/contract-error-text';
import { userTextOr } from '../../i18n/user-text';

/** Why main's number rules refuse a target (src/shared/phone/dial-rules.ts), judged from what was typed. */
export type DialProblem = 'empty' | 'controlCharacters' | 'letters' | 'badUri' | 'tooLong';

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Main refuses a target with VALIDATION and an English sentence. The sentence is not translatable, so
 * the kind of problem is told from the target itself, in the same order main checks it.
 */
export function dialProblemOf(target: string): DialProblem {
  if (controlCharacters.test(target)) return 'controlCharacters';
  const text = target.trim();
  if (text === '') return 'empty';
  if (text.length > 256) return 'tooLong';
  if (/^sips?:/i.test(text) || text.includes('@')) return 'badUri';
  return text.replace(/[^0-9*#+]/g, '').length > 32 ? 'tooLong' : 'letters';
}

const dialProblems: readonly string[] = ['empty', 'controlCharacters', 'letters', 'badUri', 'tooLong'];

function isDialProblem(key: string | undefined): key is `dial.${DialProblem}` {
  return key !== undefined && key.startsWith('dial.') && dialProblems.includes(key.slice('dial.'.length));
}

export interface DialErrorText {
  /** What failed and what to do, in the UI language. */
  text: string;
  /** Main's detail (translated when it sent a code, else English), when it adds something. */
  detail: string | undefined;
}

/** The line under the search field for a dial that main (or the empty field) refused. */
export function dialErrorText(t: TFunction, target: string, error: unknown): DialErrorText {
  const contractError = asContractError(error);
  if (
    contractError.code === 'VALIDATION' &&
    (contractError.field === undefined || contractError.field === 'target')
  ) {
    // main names the problem as a code (dial.<problem>); an older main only sent the English sentence
    const sent = contractError.text?.key;
    const problem = isDialProblem(sent) ? (sent.slice('dial.'.length) as DialProblem) : dialProblemOf(target);
    const text =
      problem === 'empty'
        ? t('dial.problem.empty')
        : t('dial.refused', { target: target.trim(), problem: t(`dial.problem.${problem}`) });
    // In English the translated sentence usually is main's sentence; repeat it only when it adds something.
    if (isDialProblem(sent)) return { text, detail: undefined };
    const detail = userTextOr(t, contractError.text, contractError.message).trim();
    return { text, detail: detail === '' || text.includes(detail) ? undefined : detail };
  }
  return { text: contractErrorText(t, contractError), detail: undefined };
}
