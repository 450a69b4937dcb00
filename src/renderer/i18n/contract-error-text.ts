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
 * when it sent one, else its English sentence.
 */
export function contractErrorText(t: TFunction, error: unknown, fieldLabel?: string): string {
  const { code, message, text } = asContractError(error);
  const what = t(`errors.${code}.what`, { detail: userTextOr(t, text, message) });
  const hint = t(`errors.${code}.hint`);
  return fieldLabel === undefined
    ? t('errors.general', { what, hint })
    : t('errors.withField', { field: fieldLabel, what, hint });
}
