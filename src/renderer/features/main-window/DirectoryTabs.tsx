import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/contract';
import { EmptyState } from '../../ui/EmptyState';
import { UsersIcon } from '../../ui/icons';
import { HistoryList } from '../history/HistoryList';

type DirectoryTab = 'contacts' | 'recent';
const tabs: readonly DirectoryTab[] = ['contacts', 'recent'];

interface DirectoryTabsProps {
  onCallBack: (entry: HistoryEntry) => void;
}

/**
 * The manual's "C. Contacts and recent calls display selection". Contacts arrive in a later issue; until
 * then their panel shows its real empty state.
 */
export function DirectoryTabs({ onCallBack }: DirectoryTabsProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<DirectoryTab>('contacts');
  const tabRefs = useRef(new Map<DirectoryTab, HTMLButtonElement>());

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
            {t(`directory.${tab}`)}
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
        {selected === 'contacts' ? (
          <EmptyState
            icon={<UsersIcon />}
            title={t('directory.contactsEmpty')}
            hint={t('directory.contactsEmptyHint')}
          />
        ) : (
          <HistoryList onCallBack={onCallBack} />
        )}
      </div>
    </section>
  );
}
