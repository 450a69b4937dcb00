import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSourceEdit, ContactSourceView } from '../../../../shared/contract';
import { useApi } from '../../../kit/api-context';
import { useAnnouncer } from '../../../kit/announcer';
import { useAccountList } from '../../../kit/accounts-context';
import { contractErrorText } from '../../../i18n/contract-error-text';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { AlertIcon, LockIcon, TrashIcon } from '../../../ui/icons';
import { useAccountLabel } from '../../accounts';
import { SourceEditor } from './SourceEditor';
import { sourceCleartextExposure } from './source-form';
import { refreshLabelKey, sourceStatusText } from './source-status';

interface SourceCardProps {
  source: ContactSourceView;
}

/** One contact source: status, switches, the account for calls, and edit / refresh / sign in / delete. */
export function SourceCard({ source }: SourceCardProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const accounts = useAccountList() ?? [];
  const accountLabel = useAccountLabel();
  const idBase = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const local = source.kind === 'local';
  const locked = source.provisioned;
  const id = (key: string) => `${idBase}-${key}`;

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      setError(undefined);
      if (done !== undefined) announcer.status(done);
    } catch (reason) {
      const text = contractErrorText(t, reason);
      setError(text);
      announcer.alert(text);
    } finally {
      setBusy(false);
    }
  };
  const update = (edit: ContactSourceEdit) =>
    void run(() => api.request('contactSources.update', { id: source.id, edit }));

  const kindName = t(`contacts.sources.kind.${source.kind}`);
  const status = source.status;
  const exposure = sourceCleartextExposure(source);
  return (
    <li className="source-card" data-testid={`source-${source.id}`} data-state={status.state}>
      <div className="source-card__head">
        <h3 id={id('name')} className="source-card__name">
          {source.name}
        </h3>
        <span className="chip">{kindName}</span>
        {locked && (
          <span className="badge badge--locked" title={t('settings.provisionedExplanation')}>
            <LockIcon />
            {t('settings.provisioned')}
          </span>
        )}
      </div>
      <p
        className={`source-card__status source-card__status--${status.state}`}
        data-testid={`source-status-${source.id}`}
        aria-live="polite"
      >
        {sourceStatusText(t, source)}
      </p>
      {exposure !== undefined && (
        <p id={id('cleartext')} className="cleartext-warning" data-testid={`source-cleartext-${source.id}`}>
          <AlertIcon />
          {t(`cleartext.ldap.${exposure}`)}
        </p>
      )}
      {status.signInUrl !== undefined && (
        <p className="source-card__signin">
          {t('contacts.sources.signInOpen')}{' '}
          <a
            href={status.signInUrl}
            target="_blank"
            rel="noreferrer"
            data-testid={`source-signin-url-${source.id}`}
          >
            {status.signInUrl}
          </a>
        </p>
      )}
      {error !== undefined && (
        <p className="form-error" data-testid={`source-error-${source.id}`}>
          {error}
        </p>
      )}
      {!local && (
        <div className="source-card__options">
          <label className="source-card__option">
            <input
              type="checkbox"
              className="switch"
              role="switch"
              data-testid={`source-enabled-${source.id}`}
              checked={source.enabled}
              disabled={locked || busy}
              aria-describedby={exposure === undefined ? id('name') : `${id('name')} ${id('cleartext')}`}
              onChange={(event) => update({ enabled: event.target.checked })}
            />
            {t('contacts.sources.enabled')}
          </label>
          <label className="source-card__option">
            <input
              type="checkbox"
              data-testid={`source-hide-noname-${source.id}`}
              checked={source.hideWithoutName}
              disabled={locked || busy}
              onChange={(event) => update({ hideWithoutName: event.target.checked })}
            />
            {t('contacts.sources.hideWithoutName')}
          </label>
          <label className="source-card__option">
            <input
              type="checkbox"
              data-testid={`source-hide-nophone-${source.id}`}
              checked={source.hideWithoutPhone}
              disabled={locked || busy}
              onChange={(event) => update({ hideWithoutPhone: event.target.checked })}
            />
            {t('contacts.sources.hideWithoutPhone')}
          </label>
          <label className="source-card__option source-card__option--account">
            {t('contacts.sources.useAccount')}
            <select
              className="select"
              data-testid={`source-account-${source.id}`}
              value={source.useAccountId}
              disabled={locked || busy}
              onChange={(event) => update({ useAccountId: event.target.value })}
            >
              <option value="">{t('contacts.sources.defaultAccount')}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {accountLabel(account)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {editing && source.kind !== 'local' && (
        <SourceEditor kind={source.kind} source={source} onDone={() => setEditing(false)} />
      )}
      {!local && !editing && (
        <div className="source-card__actions">
          <button
            type="button"
            className="button button--small"
            data-testid={`source-edit-${source.id}`}
            disabled={locked}
            aria-label={t('contacts.sources.editTitle', { name: source.name })}
            aria-describedby={exposure === undefined ? undefined : id('cleartext')}
            onClick={() => setEditing(true)}
          >
            {t('contacts.sources.edit')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid={`source-refresh-${source.id}`}
            disabled={busy || !source.enabled}
            aria-label={`${t(refreshLabelKey(source.kind))}: ${source.name}`}
            onClick={() =>
              void run(
                () => api.request('contactSources.refresh', { id: source.id }),
                t('contacts.sources.refreshed', { name: source.name }),
              )
            }
          >
            {t(refreshLabelKey(source.kind))}
          </button>
          {(source.kind === 'google' || source.kind === 'outlook') && (
            <button
              type="button"
              className="button button--small button--primary"
              data-testid={`source-signin-${source.id}`}
              disabled={busy || !source.enabled}
              aria-label={`${t('contacts.sources.signIn')}: ${source.name}`}
              onClick={() => void run(() => api.request('contactSources.signIn', { id: source.id }))}
            >
              {t('contacts.sources.signIn')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--danger-ghost"
            data-testid={`source-delete-${source.id}`}
            disabled={locked || busy}
            aria-label={t('contacts.sources.deleteLabel', { name: source.name })}
            onClick={() => setConfirming(true)}
          >
            <TrashIcon />
            {t('contacts.delete')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('contacts.sources.confirmDeleteTitle')}
        text={t('contacts.sources.confirmDeleteText', { name: source.name })}
        confirmLabel={t('contacts.confirmDeleteYes')}
        cancelLabel={t('contacts.confirmDeleteNo')}
        testId={`confirm-source-delete-${source.id}`}
        onConfirm={() => {
          setConfirming(false);
          void run(
            () => api.request('contactSources.delete', { id: source.id }),
            t('contacts.sources.deleted', { name: source.name }),
          );
        }}
        onCancel={() => setConfirming(false)}
      />
    </li>
  );
}
