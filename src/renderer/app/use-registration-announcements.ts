import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, RegistrationState } from '../../shared/contract';
import { registrationText, useAccountLabel } from '../features/accounts';
import { useAnnouncer } from '../kit/announcer';

/** Reads out registration changes (the state icons alone say nothing to a screen reader user). */
export function useRegistrationAnnouncements(accounts: readonly AccountView[] | undefined): void {
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  const labelOf = useAccountLabel();
  const previous = useRef<Map<string, RegistrationState> | undefined>(undefined);

  useEffect(() => {
    if (accounts === undefined) return;
    const before = previous.current;
    previous.current = new Map(accounts.map((account) => [account.id, account.registration.state]));
    if (before === undefined) return;
    const changed = accounts.filter((account) => {
      const old = before.get(account.id);
      return old !== undefined && old !== account.registration.state;
    });
    for (const account of changed) {
      const message = t('accounts.stateChanged', {
        name: labelOf(account),
        state: registrationText(t, account),
      });
      if (account.registration.state === 'failed') announcer.alert(message);
      else announcer.status(message);
    }
  }, [accounts, announcer, t, labelOf]);
}
