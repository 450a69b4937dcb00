import type { TFunction } from 'i18next';
import type { AccountView } from '../../../shared/contract';

/**
 * The state line under an account. A failure says what went wrong in the UI language when main gave
 * its kind (`code`), else main's English reason, else just that it failed.
 */
export function registrationText(t: TFunction, account: AccountView): string {
  const { state, reason, code } = account.registration;
  if (state === 'failed' && code !== undefined)
    return t('accounts.failedReason', { reason: t(`accounts.failure.${code}.what`) });
  if (state === 'failed' && reason !== undefined && reason !== '')
    return t('accounts.failedReason', { reason });
  return t(`accounts.state.${state}`);
}

export interface RegistrationProblem {
  /** What to do about it, in the UI language. */
  hint: string;
  /** Main's English reason (SIP code, certificate error, …), for the administrator. */
  detail: string | undefined;
}

/** The hint and detail under a failed account whose failure main classified. */
export function registrationProblem(t: TFunction, account: AccountView): RegistrationProblem | undefined {
  const { state, reason, code } = account.registration;
  if (state !== 'failed' || code === undefined) return undefined;
  const detail = reason?.trim();
  return { hint: t(`accounts.failure.${code}.hint`), detail: detail === '' ? undefined : detail };
}
