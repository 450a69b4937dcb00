import { useTranslation } from 'react-i18next';
import type { FieldEntry } from '../../../shared/settings/registry';
import { settingLabel } from '../../../shared/i18n/setting-texts';
import { useLanguage } from '../../i18n/use-language';
import type { FieldError } from '../../kit/fields/field-error';
import { fieldErrorText } from '../../kit/fields/field-error';
import { fieldIds } from '../../kit/fields/field-ids';
import { FieldRow } from '../../kit/fields/FieldRow';
import { SecretDraftControl } from '../../kit/fields/SecretDraftControl';
import type { SettingValue } from '../../kit/fields/setting-value';
import { SettingControl } from '../../kit/fields/SettingControl';

interface AccountFieldViewProps {
  entry: FieldEntry;
  value: SettingValue | undefined;
  locked: boolean;
  error: FieldError | undefined;
  passwordSet: boolean;
  password: string;
  onPassword: (value: string) => void;
  onChange: (entry: FieldEntry, value: SettingValue) => void;
  /** An element elsewhere that speaks about this field (e.g. the editor's cleartext warning). */
  describedBy?: string | undefined;
}

/** One account field in the editor: the same generated row and controls as Settings, edited as a draft. */
export function AccountFieldView(props: AccountFieldViewProps) {
  const { entry, value, locked, error, passwordSet, password, onPassword, onChange } = props;
  const describedBy = (own: string | undefined) =>
    [own, props.describedBy].filter(Boolean).join(' ') || undefined;
  const { t } = useTranslation();
  const language = useLanguage();
  const { field, key } = entry;
  const ids = fieldIds('setting', key);
  const testId = `setting-${key}`;
  const errorText = error === undefined ? undefined : fieldErrorText(t, settingLabel(language, field), error);
  const note = field.kind === 'secret' && passwordSet ? t('accountEditor.passwordKeep') : undefined;
  return (
    <FieldRow field={field} ids={ids} language={language} locked={locked} error={errorText} note={note}>
      {(state) =>
        field.kind === 'secret' ? (
          <SecretDraftControl
            ids={ids}
            testId={testId}
            isSet={passwordSet}
            disabled={state.disabled}
            describedBy={describedBy(state.describedBy)}
            typed={password}
            onType={onPassword}
          />
        ) : (
          <SettingControl
            field={field}
            ids={ids}
            testId={testId}
            value={value ?? field.default}
            language={language}
            disabled={state.disabled}
            invalid={state.invalid}
            describedBy={describedBy(state.describedBy)}
            onCommit={(next) => {
              onChange(entry, next);
              // The draft keeps whatever was typed; Save refuses while a field has a problem.
              return Promise.resolve(true);
            }}
          />
        )
      }
    </FieldRow>
  );
}
