import type { SettingsSnapshot } from '../../../shared/contract';
import { fullKey } from '../../../shared/settings/field';
import type { SettingGroup } from '../../../shared/settings/field';
import { globalKeys } from '../../kit/setting-keys';
import { useLanguage } from '../../i18n/use-language';
import { ProvisioningStatusPanel } from '../provisioning';
import { breadcrumbText } from '../../kit/fields/breadcrumb';
import { SettingFieldView } from './SettingFieldView';
import type { SettingActions } from './use-setting-actions';

/** The Provisioning page also shows how the last attempt went, with "Provision now". */
const provisioningGroupId = 'functions.provisioning';

interface SettingsGroupPanelProps {
  group: SettingGroup;
  snapshot: SettingsSnapshot;
  actions: SettingActions;
}

export function SettingsGroupPanel({ group, snapshot, actions }: SettingsGroupPanelProps) {
  const language = useLanguage();
  const headingId = `group-${group.id}-heading`;
  return (
    <section
      className="settings-group"
      aria-labelledby={headingId}
      data-testid={`settings-panel-${group.id}`}
    >
      <h2 id={headingId} className="settings-group__title">
        {breadcrumbText(group, language)}
      </h2>
      {group.id === provisioningGroupId && (
        <ProvisioningStatusPanel
          insecureHttpAllowed={snapshot.values[globalKeys.provisioningInsecureHttp] === true}
        />
      )}
      <div className="field-list">
        {group.fields.map((field) => (
          <SettingFieldView
            key={field.key}
            entry={{ key: fullKey(group, field), group, field }}
            snapshot={snapshot}
            actions={actions}
          />
        ))}
      </div>
    </section>
  );
}
