import type { TFunction } from 'i18next';
import type { AccountView } from '../../../shared/contract';
import { userTextOr } from '../../i18n/user-text';

/**
 * The state line under an account. A failure says what went wrong in the UI language when main gave
 * its kind (`code`), else main's English reason, else just that it failed.
 */
export function registrationText(t: TFunction, account: AccountView): string {
  const { state, code, text } = account.registration;
  const reason = userTextOr(t, text, account.registration.reason);
  if (state === 'failed' && code !== undefined)
    return t('accounts.failedReason', { reason: t(`accounts.failure.${code}.what`) });
  if (state === 'failed' && reason !== undefined && reason !== '')
    return t('accounts.failedReason', { reason });
  return t(`accounts.state.${state}`);
}

export interface RegistrationProblem {
  /** What to do about it, in the UI language. */
  hint: string;
  /** Main's reason (SIP code, certificate error, …), for the administrator: translated when main sent a code. */
  detail: string | undefined;
}

/** The hint and detail under a failed account whose failure main classified. */
export function registrationProblem(t: TFunction, account: AccountView): RegistrationProblem | undefined {
  const { state, code, text } = account.registration;
  if (state !== 'failed' || code === undefined) return undefined;
  const detail = userTextOr(t, text, account.registration.reason)?.trim();
  return { hint: t(`accounts.failure.${code}.hint`), detail: detail === '' ? undefined : detail };
}

/** The language of the detail: main's English sentence when it sent no code, else the UI's (undefined). */
export function registrationDetailLang(account: AccountView | undefined): 'en' | undefined {
  return account?.registration.text === undefined ? 'en' : undefined;
}
