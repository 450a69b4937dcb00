import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { useAccountLabel } from '../accounts/use-account-label';
import { AccountStateIcon } from './AccountStateIcon';
import { registrationText } from './registration-text';

interface AccountRowProps {
  account: AccountView;
  onEdit: (id: string) => void;
}

export function AccountRow({ account, onEdit }: AccountRowProps) {
  const { t } = useTranslation();
  const name = useAccountLabel()(account);
  const stateText = registrationText(t, account);
  return (
    <li>
      <button
        type="button"
        className={`account-row account-row--${account.registration.state}`}
        data-testid={`account-${account.id}`}
        data-state={account.registration.state}
        title={t('accounts.edit', { name })}
        onClick={() => onEdit(account.id)}
      >
        <AccountStateIcon state={account.registration.state} />
        <span className="account-row__text">
          <span className="account-row__name">{name}</span>
          <span className="account-row__state" data-testid={`account-state-${account.id}`}>
            {stateText}
          </span>
        </span>
      </button>
    </li>
  );
}
