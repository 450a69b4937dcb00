import type { TFunction } from 'i18next';
import type { AccountView } from '../../../shared/contract';

/** The state line under an account: its state, or for a failure the reason main gave. */
export function registrationText(t: TFunction, account: AccountView): string {
  const { state, reason } = account.registration;
  if (state === 'failed' && reason !== undefined && reason !== '')
    return t('accounts.failedReason', { reason });
  return t(`accounts.state.${state}`);
}
