import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView, HistoryEntry } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { ContactFormDialog, ContactsPanel } from '../contacts';
import type { ContactFormTarget, ContactSearch } from '../contacts';
import { HistoryList } from '../history';
import { BlfList } from '../blf';
import { CompactMenuBar } from '../compact';

type DirectoryTab = 'contacts' | 'recent' | 'blf';
const tabs: readonly DirectoryTab[] = ['contacts', 'recent', 'blf'];
const tabLabelKeys = {
  contacts: 'directory.contacts',
  recent: 'directory.recent',
  blf: 'desktop.blf.tab',
} as const satisfies Record<DirectoryTab, string>;

interface DirectoryTabsProps {
  onCallBack: (entry: HistoryEntry) => void;
  /** The search field's text: contacts show the hits for it. */
  query: string;
  search: ContactSearch;
  contactsRevision: number;
  onDialContact: (contact: ContactView, number: string) => void;
  /** A BLF key calls its target (on its own account when it names one). */
  onDialBlf: (target: string, accountId: string | undefined) => void;
  /** Compact mode: choosing a contact selects it and shows the manual's menu bar instead of calling. */
  compact: boolean;
}

/**
 * The manual's "C. Contacts and recent calls display selection": the contacts (all, or the search
 * hits while the user types) and the recent calls; both can open the contact form.
 */
export function DirectoryTabs({
  onCallBack,
  query,
  search,
  contactsRevision,
  onDialContact,
  onDialBlf,
  compact,
}: DirectoryTabsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const [selected, setSelected] = useState<DirectoryTab>('contacts');
  const [form, setForm] = useState<ContactFormTarget | undefined>(undefined);
  const [draftError, setDraftError] = useState<string | undefined>(undefined);
  const tabRefs = useRef(new Map<DirectoryTab, HTMLButtonElement>());
  const [chosen, setChosen] = useState<{ contact: ContactView; number: string } | undefined>(undefined);
  const selectedContact = compact ? chosen : undefined;
  // The contact whose row opened the menu bar gets focus back when it closes.
  const chosenFrom = useRef<HTMLElement | null>(null);
  const chooseContact = (contact: ContactView, number: string) => {
    if (!compact) {
      onDialContact(contact, number);
      return;
    }
    chosenFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setChosen({ contact, number });
  };
  const closeMenuBar = () => {
    setChosen(undefined);
    if (chosenFrom.current?.isConnected) chosenFrom.current.focus();
  };
  // Typing a name shows the contacts' hits, whichever list was shown.
  const searching = query.trim() !== '';
  const [wasSearching, setWasSearching] = useState(searching);
  if (searching !== wasSearching) {
    setWasSearching(searching);
    if (searching) setSelected('contacts');
  }

  const addFromHistory = async (entry: HistoryEntry) => {
    try {
      const draft = await api.request('contacts.draftFromHistory', { historyId: entry.id });
      setDraftError(undefined);
      setForm({ mode: 'add', draft });
    } catch (reason) {
      const text = contractErrorText(t, reason);
      setDraftError(text);
      announcer.alert(text);
    }
  };

  // Arrow keys move between tabs as the WAI-ARIA tabs pattern expects; Tab moves on to the panel.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(selected);
    let next: DirectoryTab | undefined;
    if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
    if (event.key === 'ArrowLeft') next = tabs[(index + tabs.length - 1) % tabs.length];
    if (event.key === 'Home') next = tabs[0];
    if (event.key === 'End') next = tabs[tabs.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section className="directory">
      <div className="directory__tabs" role="tablist" aria-label={t('directory.tabsLabel')}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) tabRefs.current.set(tab, element);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            className="directory__tab"
            data-testid={`tab-${tab}`}
            aria-selected={selected === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={selected === tab ? 0 : -1}
            onClick={() => setSelected(tab)}
            onKeyDown={onKeyDown}
          >
            {t(tabLabelKeys[tab])}
          </button>
        ))}
      </div>
      <div
        className={`directory__panel directory__panel--${selected}`}
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
        tabIndex={0}
      >
        {selected === 'blf' ? (
          <BlfList onDial={onDialBlf} />
        ) : selected === 'contacts' ? (
          <ContactsPanel
            query={query}
            search={search}
            revision={contactsRevision}
            onDial={chooseContact}
            showsDetails={!compact}
            onAdd={() => setForm({ mode: 'add', draft: undefined })}
            onEdit={(contact) => setForm({ mode: 'edit', contact })}
          />
        ) : (
          <>
            {draftError !== undefined && <p className="form-error history__error">{draftError}</p>}
            <HistoryList onCallBack={onCallBack} onAddContact={(entry) => void addFromHistory(entry)} />
          </>
        )}
      </div>
      {selectedContact !== undefined && (
        <CompactMenuBar
          contact={selectedContact.contact}
          number={selectedContact.number}
          onCall={() => {
            setChosen(undefined);
            onDialContact(selectedContact.contact, selectedContact.number);
          }}
          onEdit={() => setForm({ mode: 'edit', contact: selectedContact.contact })}
          onClose={closeMenuBar}
        />
      )}
      {form !== undefined && <ContactFormDialog target={form} onClose={() => setForm(undefined)} />}
    </section>
  );
}
