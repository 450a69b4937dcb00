import { useTranslation } from 'react-i18next';
import type { SettingsSnapshot } from '../../../shared/contract';
import type { SettingsSection } from '../../../shared/settings/sections';
import { globalKeys } from '../../kit/setting-keys';
import { ProvisioningStatusPanel } from '../provisioning';
import { ContactSourcesPage } from './contact-sources/ContactSourcesPage';
import { panelEntries, panelTitle, sectionTitle } from './settings-layout';
import { SettingFieldView } from './SettingFieldView';
import type { SettingActions } from './use-setting-actions';

interface SettingsSectionViewProps {
  section: SettingsSection;
  snapshot: SettingsSnapshot;
  actions: SettingActions;
}

/**
 * One settings section: its panels of fields. Accounts also shows how the last provisioning went (with
 * "Provision now"); Contacts starts with the contact sources.
 */
export function SettingsSectionView({ section, snapshot, actions }: SettingsSectionViewProps) {
  const { t } = useTranslation();
  const headingId = `section-${section.id}-heading`;
  return (
    <section
      className="settings-group"
      aria-labelledby={headingId}
      data-testid={`settings-panel-${section.id}`}
    >
      <h2 id={headingId} className="settings-group__title">
        {sectionTitle(t, section)}
      </h2>
      {section.id === 'accounts' && (
        <ProvisioningStatusPanel
          insecureHttpAllowed={snapshot.values[globalKeys.provisioningInsecureHttp] === true}
        />
      )}
      {section.id === 'contacts' && <ContactSourcesPage />}
      {section.panels.map((panel) => (
        <section
          key={panel.id}
          className="settings-panel"
          aria-labelledby={`panel-${panel.id}-heading`}
          data-testid={`settings-subpanel-${panel.id}`}
        >
          <h3 id={`panel-${panel.id}-heading`} className="settings-panel__title">
            {panelTitle(t, panel)}
          </h3>
          <div className="field-list">
            {panelEntries(panel).map((entry) => (
              <SettingFieldView key={entry.key} entry={entry} snapshot={snapshot} actions={actions} />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
