import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSnapshot } from '../../../shared/contract';
import type { SettingsSectionId } from '../../../shared/settings/sections';
import { globalSettingSections } from '../../../shared/settings/sections';
import { allGlobalFields } from '../../../shared/settings/registry';
import { isFindShortcut } from '../../kit/shortcuts';
import type { LiveResource } from '../../kit/use-live-resource';
import { useWindowKeydown } from '../../kit/use-window-keydown';
import { contractErrorText } from '../../i18n/contract-error-text';
import { useLanguage } from '../../i18n/use-language';
import { ArrowLeftIcon, SearchIcon } from '../../ui/icons';
import { searchSettings } from './settings-search';
import { SettingsSectionView } from './SettingsSectionView';
import { SettingsNav } from './SettingsNav';
import { SettingsSearchResults } from './SettingsSearchResults';
import { useSettingActions } from './use-setting-actions';

interface SettingsScreenProps {
  settings: LiveResource<SettingsSnapshot>;
  onClose: () => void;
}

/** The Settings screen generated from globalSettingSections: section list, search (Ctrl+F), fields. */
export function SettingsScreen({ settings, onClose }: SettingsScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sectionId, setSectionId] = useState<SettingsSectionId>('audio');
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actions = useSettingActions(settings.apply);
  const matches = useMemo(() => searchSettings(allGlobalFields(), query, language), [query, language]);
  const searching = query.trim() !== '';
  const section = globalSettingSections.find((candidate) => candidate.id === sectionId);
  const snapshot = settings.value;

  useEffect(() => headingRef.current?.focus(), []);

  useWindowKeydown((event) => {
    if (isFindShortcut(event)) {
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  });

  const selectSection = (id: SettingsSectionId) => {
    setSectionId(id);
    setQuery('');
  };

  return (
    <div className="settings-screen" data-testid="settings-screen">
      <header className="screen-header">
        <button
          type="button"
          className="button button--ghost"
          data-testid="close-settings"
          aria-label={t('settings.backLabel')}
          onClick={onClose}
        >
          <ArrowLeftIcon />
          {t('settings.back')}
        </button>
        <h1 ref={headingRef} tabIndex={-1} className="screen-header__title">
          {t('settings.title')}
        </h1>
        <div className="search-field search-field--compact" role="search">
          <SearchIcon className="search-field__icon" />
          <input
            ref={searchRef}
            type="search"
            className="search-field__input"
            data-testid="settings-search"
            aria-label={t('settings.searchLabel')}
            placeholder={t('settings.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </header>
      <div className="settings-layout">
        <SettingsNav
          sections={globalSettingSections}
          current={searching ? undefined : sectionId}
          onSelect={selectSection}
        />
        <main className="settings-content">
          {snapshot === undefined ? (
            <p className="muted">
              {settings.error === undefined ? t('settings.loading') : contractErrorText(t, settings.error)}
            </p>
          ) : searching ? (
            <SettingsSearchResults
              query={query.trim()}
              matches={matches}
              snapshot={snapshot}
              actions={actions}
            />
          ) : (
            section !== undefined && (
              <SettingsSectionView section={section} snapshot={snapshot} actions={actions} />
            )
          )}
        </main>
      </div>
    </div>
  );
}
