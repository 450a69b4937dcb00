import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../ui/icons';
import type { OutsideAddress } from './link-text';

/**
 * The body of the link dialog for a SIP address outside the company's phone system: the question with
 * user and host named apart, why it is asked, and the full address as it will be dialled.
 */
export function LinkOutsideAddress({ address }: { address: OutsideAddress }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="link-dialog__question" data-testid="link-confirm-question">
        {t('desktop.linkOutside.question', { user: address.user, host: address.host })}
      </p>
      <p className="link-dialog__outside" data-testid="link-confirm-outside">
        <AlertIcon className="link-dialog__icon" />
        <span>
          {address.accountDomain === undefined
            ? t('desktop.linkOutside.noAccount')
            : t('desktop.linkOutside.outside', { domain: address.accountDomain })}
        </span>
      </p>
      <dl className="link-dialog__parts">
        <dt>{t('desktop.linkOutside.user')}</dt>
        <dd data-testid="link-confirm-user">{address.user}</dd>
        <dt>{t('desktop.linkOutside.host')}</dt>
        <dd data-testid="link-confirm-host">
          <strong>{address.host}</strong>
        </dd>
        <dt>{t('desktop.linkOutside.address')}</dt>
        <dd>
          <code data-testid="link-confirm-uri">{address.uri}</code>
        </dd>
      </dl>
    </>
  );
}
