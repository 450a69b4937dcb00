import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIds } from './field-ids';
import { SecretDraftControl } from './SecretDraftControl';

interface SecretSettingControlProps {
  ids: FieldIds;
  testId: string;
  isSet: boolean;
  disabled: boolean;
  describedBy: string | undefined;
  onSave: (value: string) => Promise<boolean>;
  onClear: () => Promise<boolean>;
}

/**
 * A secret setting: the stored value never comes back to the renderer, so the field only says whether
 * one is set. Save stores what was typed in the keychain (settings.setSecret), Clear removes it.
 */
export function SecretSettingControl(props: SecretSettingControlProps) {
  const { ids, testId, isSet, disabled, describedBy, onSave, onClear } = props;
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const save = async () => {
    if (typed === '') return;
    if (await onSave(typed)) setTyped('');
  };
  return (
    <SecretDraftControl
      ids={ids}
      testId={testId}
      isSet={isSet}
      disabled={disabled}
      describedBy={describedBy}
      typed={typed}
      onType={setTyped}
      onEnter={() => void save()}
    >
      <button
        type="button"
        className="button"
        disabled={disabled || typed === ''}
        onClick={() => void save()}
      >
        {t('secret.save')}
      </button>
      <button type="button" className="button" disabled={disabled || !isSet} onClick={() => void onClear()}>
        {t('secret.clear')}
      </button>
    </SecretDraftControl>
  );
}
