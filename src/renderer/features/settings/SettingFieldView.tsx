import { useTranslation } from 'react-i18next';
import type { SettingsSnapshot } from '../../../shared/contract';
import type { FieldEntry } from '../../../shared/settings/registry';
import { settingLabel } from '../../../shared/i18n/setting-texts';
import { useLanguage } from '../../i18n/use-language';
import { fieldErrorText } from '../../kit/fields/field-error';
import { fieldIds } from '../../kit/fields/field-ids';
import { FieldRow } from '../../kit/fields/FieldRow';
import { SecretSettingControl } from '../../kit/fields/SecretSettingControl';
import { SettingControl } from '../../kit/fields/SettingControl';
import type { SettingActions } from './use-setting-actions';

interface SettingFieldViewProps {
  entry: FieldEntry;
  snapshot: SettingsSnapshot;
  actions: SettingActions;
  breadcrumb?: string;
}

/** One global setting bound to the snapshot and to settings.set / setSecret / clearSecret. */
export function SettingFieldView({ entry, snapshot, actions, breadcrumb }: SettingFieldViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { field, key } = entry;
  const ids = fieldIds('setting', key);
  const error = actions.errors.get(key);
  const errorText = error === undefined ? undefined : fieldErrorText(t, settingLabel(language, field), error);
  const testId = `setting-${key}`;
  return (
    <FieldRow
      field={field}
      ids={ids}
      language={language}
      locked={snapshot.locked.includes(key)}
      error={errorText}
      breadcrumb={breadcrumb}
      saved={actions.savedKey === key}
    >
      {(state) =>
        field.kind === 'secret' ? (
          <SecretSettingControl
            ids={ids}
            testId={testId}
            isSet={snapshot.secretsSet.includes(key)}
            disabled={state.disabled}
            describedBy={state.describedBy}
            onSave={(value) => actions.saveSecret(entry, value)}
            onClear={() => actions.clearSecret(entry)}
          />
        ) : (
          <SettingControl
            field={field}
            ids={ids}
            testId={testId}
            value={snapshot.values[key] ?? field.default}
            language={language}
            disabled={state.disabled}
            invalid={state.invalid}
            describedBy={state.describedBy}
            onCommit={(value) => actions.commit(entry, value)}
          />
        )
      }
    </FieldRow>
  );
}
