import { useTranslation } from 'react-i18next';
import type { SettingsSnapshot } from '../../../shared/contract';
import type { FieldEntry } from '../../../shared/settings/registry';
import { placeOfGlobalField } from './settings-layout';
import { SettingFieldView } from './SettingFieldView';
import type { SettingActions } from './use-setting-actions';

interface SettingsSearchResultsProps {
  query: string;
  matches: readonly FieldEntry[];
  snapshot: SettingsSnapshot;
  actions: SettingActions;
}

/** Fields from every section that match the search, each under where it lives ("Calls › History"). */
export function SettingsSearchResults({ query, matches, snapshot, actions }: SettingsSearchResultsProps) {
  const { t } = useTranslation();
  return (
    <section
      className="settings-group"
      aria-labelledby="settings-results-heading"
      data-testid="settings-results"
    >
      <h2 id="settings-results-heading" className="settings-group__title" aria-live="polite">
        {matches.length === 0
          ? t('settings.noResults', { query })
          : t('settings.searchResults', { count: matches.length, query })}
      </h2>
      <div className="field-list">
        {matches.map((entry) => (
          <SettingFieldView
            key={entry.key}
            entry={entry}
            snapshot={snapshot}
            actions={actions}
            breadcrumb={placeOfGlobalField(t, entry.key)}
          />
        ))}
      </div>
    </section>
  );
}
