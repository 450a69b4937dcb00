import { useTranslation } from 'react-i18next';
import type { SettingGroup } from '../../../shared/settings/field';
import { useLanguage } from '../../i18n/use-language';
import { breadcrumbParts } from '../../kit/fields/breadcrumb';

interface SettingsNavProps {
  groups: readonly SettingGroup[];
  /** The group shown, or undefined while search results are shown instead. */
  current: string | undefined;
  onSelect: (groupId: string) => void;
  /** Pages that are not generated from setting groups (e.g. Contacts), listed after them. */
  extraPages?: readonly { id: string; label: string }[];
}

/** The list of setting groups, each titled by its breadcrumb as in the manual ("GUI › Appearance"). */
export function SettingsNav({ groups, current, onSelect, extraPages = [] }: SettingsNavProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <nav className="settings-nav" aria-label={t('settings.groupsLabel')}>
      <ul>
        {groups.map((group) => {
          const parts = breadcrumbParts(group, language);
          const leaf = parts.pop();
          return (
            <li key={group.id}>
              <button
                type="button"
                className="settings-nav__item"
                data-testid={`settings-group-${group.id}`}
                aria-current={group.id === current ? 'page' : undefined}
                onClick={() => onSelect(group.id)}
              >
                {parts.length > 0 && <span className="settings-nav__parents">{parts.join(' › ')} › </span>}
                <span className="settings-nav__leaf">{leaf}</span>
              </button>
            </li>
          );
        })}
        {extraPages.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="settings-nav__item"
              data-testid={`settings-group-${page.id}`}
              aria-current={page.id === current ? 'page' : undefined}
              onClick={() => onSelect(page.id)}
            >
              <span className="settings-nav__leaf">{page.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
