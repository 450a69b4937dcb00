import type { TFunction } from 'i18next';
import { ContractError } from '../../shared/contract';
import { userTextOr } from './user-text';

/** Anything a request can reject with, as a ContractError (unexpected throws count as INTERNAL). */
export function asContractError(error: unknown): ContractError {
  if (error instanceof ContractError) return error;
  return new ContractError('INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * What failed and what to do, in the UI language. `fieldLabel` is the offending setting's label in the
 * UI language, when the error names one. The detail (shown for VALIDATION) is main's code translated
 * when it sent one, else its English sentence. For the other codes, a text main sent is more precise
 * than the code's general sentence ("The other side did not accept the hold" rather than "The phone
 * cannot be reached right now") and replaces it; only a provisioned value keeps its hint (whom to ask).
 */
export function contractErrorText(t: TFunction, error: unknown, fieldLabel?: string): string {
  const { code, message, text } = asContractError(error);
  const precise = text !== undefined && code !== 'VALIDATION';
  const what = precise
    ? userTextOr(t, text, message)
    : t(`errors.${code}.what`, { detail: userTextOr(t, text, message) });
  const hint = precise && code !== 'LOCKED' ? '' : t(`errors.${code}.hint`);
  const whole =
    fieldLabel === undefined
      ? t('errors.general', { what, hint })
      : t('errors.withField', { field: fieldLabel, what, hint });
  return whole.trim();
}
