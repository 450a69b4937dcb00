import type { TFunction } from 'i18next';
import type { ContractError } from '../../../shared/contract';
import { contractErrorText } from '../../i18n/contract-error-text';
import type { FieldProblem } from './field-problem';

/** Why a field shows an error: our own check, or main refused it. Kept structured so it re-translates. */
export type FieldError = { problem: FieldProblem } | { refusal: ContractError };

/** The inline error text; it starts with the field's label in the UI language. */
export function fieldErrorText(t: TFunction, fieldLabel: string, error: FieldError): string {
  if ('refusal' in error) return contractErrorText(t, error.refusal, fieldLabel);
  const problem = t(`problems.${error.problem.key}`, error.problem.params ?? {});
  return t('settings.fieldError', { field: fieldLabel, problem });
}
