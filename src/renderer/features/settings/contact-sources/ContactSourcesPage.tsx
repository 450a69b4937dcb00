import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractErrorText } from '../../../i18n/contract-error-text';
import { PlusIcon } from '../../../ui/icons';
import { useContactSources } from '../../contacts';
import { SourceCard } from './SourceCard';
import { SourceEditor } from './SourceEditor';
import type { AddableKind } from './source-form';
import { addableKinds } from './source-form';

/** Settings › Contacts: the address book and every directory the search looks in. */
export function ContactSourcesPage() {
  const { t } = useTranslation();
  const sources = useContactSources();
  const [kind, setKind] = useState<AddableKind>('ldap');
  const [adding, setAdding] = useState(false);
  const headingId = 'contact-sources-heading';
  return (
    <section
      className="settings-panel contact-sources"
      aria-labelledby={headingId}
      data-testid="contact-sources"
    >
      <h3 id={headingId} className="settings-panel__title">
        {t('contacts.sources.title')}
      </h3>
      <p className="field-row__help">{t('contacts.sources.intro')}</p>
      {sources.value === undefined ? (
        <p className="muted">
          {sources.error === undefined ? t('app.loading') : contractErrorText(t, sources.error)}
        </p>
      ) : (
        <ul className="source-list" aria-label={t('contacts.sources.listLabel')}>
          {sources.value.map((source) => (
            <SourceCard key={source.id} source={source} />
          ))}
        </ul>
      )}
      <div className="source-add">
        <h3 className="source-card__name">{t('contacts.sources.addHeading')}</h3>
        {adding ? (
          <SourceEditor kind={kind} source={undefined} onDone={() => setAdding(false)} />
        ) : (
          <div className="source-add__choose">
            <label className="source-card__option">
              {t('contacts.sources.kindLabel')}
              <select
                className="select"
                data-testid="source-add-kind"
                value={kind}
                onChange={(event) => setKind(event.target.value as AddableKind)}
              >
                {addableKinds.map((option) => (
                  <option key={option} value={option}>
                    {t(`contacts.sources.kind.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="source-add"
              onClick={() => setAdding(true)}
            >
              <PlusIcon />
              {t('contacts.sources.add')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
