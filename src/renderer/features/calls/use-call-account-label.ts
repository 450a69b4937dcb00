import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { useAccountLabel } from '../accounts';

/** The label of the account a call runs on, also when that account has just been deleted. */
export function useCallAccountLabel(
  accounts: readonly AccountView[] | undefined,
): (accountId: string) => string {
  const { t } = useTranslation();
  const labelOf = useAccountLabel();
  return useCallback(
    (accountId: string) => {
      const account = accounts?.find((candidate) => candidate.id === accountId);
      return account === undefined
        ? t('accounts.fallbackName', { id: accountId.slice(0, 8) })
        : labelOf(account);
    },
    [accounts, labelOf, t],
  );
}
