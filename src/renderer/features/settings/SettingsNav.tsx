import { useTranslation } from 'react-i18next';
import type { SettingsSection, SettingsSectionId } from '../../../shared/settings/sections';
import { sectionTitle } from './settings-layout';

interface SettingsNavProps {
  sections: readonly SettingsSection[];
  /** The section shown, or undefined while search results are shown instead. */
  current: SettingsSectionId | undefined;
  onSelect: (sectionId: SettingsSectionId) => void;
}

/** The list of settings sections (Audio, Calls, ...). */
export function SettingsNav({ sections, current, onSelect }: SettingsNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="settings-nav" aria-label={t('settings.groupsLabel')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="settings-nav__item"
              data-testid={`settings-section-${section.id}`}
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => onSelect(section.id)}
            >
              <span className="settings-nav__leaf">{sectionTitle(t, section)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
