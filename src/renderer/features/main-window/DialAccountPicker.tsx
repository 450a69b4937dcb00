import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { useAccountLabel } from '../accounts';

interface DialAccountPickerProps {
  accounts: readonly AccountView[];
  value: string | undefined;
  onChange: (accountId: string) => void;
}

/** Which account a call goes out on; only registered accounts can be chosen. */
export function DialAccountPicker({ accounts, value, onChange }: DialAccountPickerProps) {
  const { t } = useTranslation();
  const labelOf = useAccountLabel();
  return (
    <select
      className="select keypad__account"
      data-testid="dial-account"
      aria-label={t('keypad.accountLabel')}
      title={t('keypad.accountLabel')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
    >
      {value === undefined && <option value="">{t('keypad.noRegisteredAccount')}</option>}
      {accounts.map((account) => {
        const registered = account.registration.state === 'registered';
        return (
          <option key={account.id} value={account.id} disabled={!registered}>
            {registered ? labelOf(account) : t('keypad.accountNotRegistered', { name: labelOf(account) })}
          </option>
        );
      })}
    </select>
  );
}
