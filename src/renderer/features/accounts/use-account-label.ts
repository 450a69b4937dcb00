import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { accountDisplayName } from './account-name';

/** The account's display name, or a translated "Account <id>" while it has neither name nor user. */
export function useAccountLabel(): (account: AccountView) => string {
  const { t } = useTranslation();
  return useCallback(
    (account: AccountView) =>
      accountDisplayName(account) ?? t('accounts.fallbackName', { id: account.id.slice(0, 8) }),
    [t],
  );
}
