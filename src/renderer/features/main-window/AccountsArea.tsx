import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import type { LiveResource } from '../../kit/use-live-resource';
import { contractErrorText } from '../../i18n/contract-error-text';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon, UserPlusIcon } from '../../ui/icons';
import { DownloadIcon } from '../provisioning';
import { AccountRow } from './AccountRow';
import { IconButton } from '../../ui/IconButton';

interface AccountsAreaProps {
  accounts: LiveResource<AccountView[]>;
  onAdd: () => void;
  /** Opens the first-run set-up (provisioning from the PBX). */
  onSetUp: () => void;
  onEdit: (id: string) => void;
}

/** Top of the main window (the manual's "A. Account/Account state"). */
export function AccountsArea({ accounts, onAdd, onSetUp, onEdit }: AccountsAreaProps) {
  const { t } = useTranslation();
  const list = accounts.value;

  if (list === undefined) {
    return (
      <section className="accounts-area accounts-area--pending" aria-label={t('accounts.heading')}>
        <p className="muted">
          {accounts.error === undefined ? t('app.loading') : contractErrorText(t, accounts.error)}
        </p>
      </section>
    );
  }

  if (list.length === 0) {
    return (
      <section className="accounts-area accounts-area--empty" aria-label={t('accounts.heading')}>
        <EmptyState
          icon={<UserPlusIcon />}
          title={t('accounts.empty')}
          hint={t('accounts.emptyHint')}
          titleAsHeading
        >
          <div className="empty-state__actions">
            <button type="button" className="button button--primary" data-testid="set-up" onClick={onSetUp}>
              <DownloadIcon />
              {t('accounts.setUp')}
            </button>
            <button type="button" className="button" data-testid="add-account" onClick={onAdd}>
              <PlusIcon />
              {t('accounts.add')}
            </button>
          </div>
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="accounts-area" aria-labelledby="accounts-heading">
      <div className="accounts-area__header">
        <h2 id="accounts-heading" className="section-title">
          {t('accounts.heading')}
        </h2>
        <IconButton testId="add-account" label={t('accounts.add')} onClick={onAdd}>
          <PlusIcon />
        </IconButton>
      </div>
      <ul className="account-list">
        {list.map((account) => (
          <AccountRow key={account.id} account={account} onEdit={onEdit} />
        ))}
      </ul>
    </section>
  );
}
