import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { userTextOr } from '../../i18n/user-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon, UsersIcon } from '../../ui/icons';
import { UploadIcon } from './contact-icons';
import { contactName, dialableNumbers } from './contact-text';
import { ContactDetails } from './ContactDetails';
import { CsvImportDialog } from './CsvImportDialog';
import { NumberMenu } from './NumberMenu';
import { SearchResultList } from './SearchResultList';
import { searchSummary } from './search-summary';
import type { ContactSearch } from './use-contact-search';
import { VirtualContactList } from './VirtualContactList';

interface ContactsPanelProps {
  /** What the search field holds; empty shows the whole list. */
  query: string;
  search: ContactSearch;
  revision: number;
  onDial: (contact: ContactView, number: string) => void;
  onAdd: () => void;
  onEdit: (contact: ContactView) => void;
  /**
   * Whether a click opens the details here; false in compact mode, where onDial shows the menu bar
   * (which dials nothing by itself) and so serves as the selection.
   */
  showsDetails: boolean;
}

/**
 * The main window's contacts: the whole list (virtualised) or, while the user types, the merged
 * hits of every source; a row calls, local contacts can be edited and deleted, CSV files imported.
 */
export function ContactsPanel({
  query,
  search,
  revision,
  onDial,
  onAdd,
  onEdit,
  showsDetails,
}: ContactsPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const [menu, setMenu] = useState<{ contact: ContactView; anchor: HTMLElement } | undefined>(undefined);
  const [deleting, setDeleting] = useState<ContactView | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const [chosen, setSelected] = useState<
    { contact: ContactView; row: HTMLElement; revision: number } | undefined
  >(undefined);
  // An edit, delete or import changes the contacts: the details would show an old copy.
  const selected = chosen?.revision === revision ? chosen : undefined;
  const [error, setError] = useState<string | undefined>(undefined);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const searching = query.trim() !== '';
  const hits = search.result?.hits;
  const truncated = searching && search.result?.truncated === true;
  const announced = useRef<string | undefined>(undefined);

  // Result counts (and a cut list's "more results") are announced politely once per answered query.
  useEffect(() => {
    if (!searching || hits === undefined || search.pending) return;
    const key = `${search.query}:${hits.length}:${truncated}`;
    if (announced.current === key) return;
    announced.current = key;
    announcer.status(searchSummary(t, hits.length, truncated));
  }, [announcer, t, searching, hits, truncated, search.query, search.pending]);

  const activate = (contact: ContactView, anchor: HTMLElement) => {
    const numbers = dialableNumbers(contact);
    if (numbers.length === 1 && numbers[0] !== undefined) onDial(contact, numbers[0].number);
    else if (numbers.length > 1) setMenu({ contact, anchor });
  };

  const select = (contact: ContactView, row: HTMLElement) => {
    if (!showsDetails) {
      activate(contact, row);
      return;
    }
    setSelected(selected?.contact.id === contact.id ? undefined : { contact, row, revision });
  };

  const closeDetails = () => {
    if (selected?.row.isConnected) selected.row.focus();
    setSelected(undefined);
  };

  const remove = async (contact: ContactView) => {
    setDeleting(undefined);
    if (selected?.contact.id === contact.id) setSelected(undefined);
    try {
      await api.request('contacts.delete', { id: contact.id });
      setError(undefined);
      announcer.status(t('contacts.deleted', { name: contactName(contact) }));
    } catch (reason) {
      const text = contractErrorText(t, reason);
      setError(text);
      announcer.alert(text);
    }
  };

  const onTotal = useCallback((value: number | undefined) => setTotal(value), []);
  const listLabel = t('contacts.listLabel');

  let body;
  if (searching) {
    if (hits === undefined) {
      body = (
        <p className="contacts__pending muted">
          {search.error !== undefined ? contractErrorText(t, search.error) : t('contacts.searching')}
        </p>
      );
    } else if (hits.length === 0) {
      body = <EmptyState icon={<UsersIcon />} title={t('contacts.noHits')} hint={t('contacts.noHitsHint')} />;
    } else {
      body = (
        <SearchResultList
          hits={hits}
          label={t('contacts.hitsLabel', { count: hits.length })}
          selectedId={selected?.contact.id}
          onSelect={select}
          onActivate={activate}
          onEdit={onEdit}
          onDelete={setDeleting}
        />
      );
    }
  } else {
    body = (
      <>
        <VirtualContactList
          revision={revision}
          label={listLabel}
          onTotal={onTotal}
          selectedId={selected?.contact.id}
          onSelect={select}
          onActivate={activate}
          onEdit={onEdit}
          onDelete={setDeleting}
        />
        {total === 0 && (
          <EmptyState
            icon={<UsersIcon />}
            title={t('directory.contactsEmpty')}
            hint={t('contacts.emptyHint')}
          />
        )}
      </>
    );
  }

  const failures = searching ? (search.result?.failures ?? []) : [];
  return (
    <div className="contacts" data-testid="contacts-panel">
      <div className="contacts__toolbar">
        <p className="section-title" data-testid="contacts-count">
          {searching
            ? hits === undefined
              ? t('contacts.searching')
              : t('contacts.resultCount', { count: hits.length })
            : total === undefined
              ? t('app.loading')
              : t('contacts.count', { count: total })}
        </p>
        <button
          type="button"
          className="button button--ghost button--small"
          data-testid="contact-add"
          onClick={onAdd}
        >
          <PlusIcon />
          {t('contacts.add')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          data-testid="contact-import"
          onClick={() => setImporting(true)}
        >
          <UploadIcon />
          {t('contacts.import')}
        </button>
      </div>
      {error !== undefined && <p className="form-error contacts__error">{error}</p>}
      {failures.length > 0 && (
        <p className="contacts__failures" data-testid="contact-failures">
          {failures
            .map(({ sourceName, text, message }) =>
              t('contacts.sourceFailed', { sourceName, message: userTextOr(t, text, message) }),
            )
            .join(' ')}
        </p>
      )}
      {selected !== undefined && (
        <ContactDetails
          contact={selected.contact}
          onCall={(number) => onDial(selected.contact, number)}
          onEdit={onEdit}
          onDelete={setDeleting}
          onClose={closeDetails}
        />
      )}
      {truncated && hits !== undefined && hits.length > 0 && (
        <p className="contacts__more" data-testid="contact-search-more">
          {t('contacts.moreResults')}
        </p>
      )}
      {body}
      {menu !== undefined && (
        <NumberMenu
          contact={menu.contact}
          anchor={menu.anchor.getBoundingClientRect()}
          onChoose={(number) => {
            setMenu(undefined);
            onDial(menu.contact, number);
          }}
          onClose={(returnFocus) => {
            if (returnFocus) menu.anchor.focus();
            setMenu(undefined);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('contacts.confirmDeleteTitle')}
        text={t('contacts.confirmDeleteText', { name: deleting === undefined ? '' : contactName(deleting) })}
        confirmLabel={t('contacts.confirmDeleteYes')}
        cancelLabel={t('contacts.confirmDeleteNo')}
        testId="confirm-contact-delete"
        onConfirm={() => deleting !== undefined && void remove(deleting)}
        onCancel={() => setDeleting(undefined)}
      />
      {importing && <CsvImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
