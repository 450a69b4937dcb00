import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSnapshot } from '../../../shared/contract';
import type { FieldEntry } from '../../../shared/settings/registry';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { asContractError } from '../../i18n/contract-error-text';
import { settingLabel } from '../../../shared/i18n/setting-texts';
import { useLanguage } from '../../i18n/use-language';
import type { FieldError } from '../../kit/fields/field-error';
import { fieldErrorText } from '../../kit/fields/field-error';
import { findProblem } from '../../kit/fields/field-problem';
import type { SettingValue } from '../../kit/fields/setting-value';

export interface SettingActions {
  errors: ReadonlyMap<string, FieldError>;
  /** The field saved last, which shows a visible "Saved" until another field is saved or refused. */
  savedKey: string | undefined;
  commit: (entry: FieldEntry, value: SettingValue) => Promise<boolean>;
  saveSecret: (entry: FieldEntry, value: string) => Promise<boolean>;
  clearSecret: (entry: FieldEntry) => Promise<boolean>;
}

/**
 * Sends each settings change to main and keeps one error per field until that field is saved. Every
 * field saves the same way: at once, with a visible "Saved" on the field and the field's name announced. Values
 * are checked here first so the message can name the problem in the user's language.
 */
export function useSettingActions(apply: (snapshot: SettingsSnapshot) => void): SettingActions {
  const api = useApi();
  const announcer = useAnnouncer();
  const { t } = useTranslation();
  const language = useLanguage();
  const [errors, setErrors] = useState<ReadonlyMap<string, FieldError>>(new Map());
  const [savedKey, setSavedKey] = useState<string | undefined>(undefined);

  const setError = (key: string, error: FieldError | undefined) =>
    setErrors((previous) => {
      if (error === undefined && !previous.has(key)) return previous;
      const next = new Map(previous);
      if (error === undefined) next.delete(key);
      else next.set(key, error);
      return next;
    });

  const fail = (entry: FieldEntry, error: FieldError): false => {
    setError(entry.key, error);
    setSavedKey(undefined);
    announcer.alert(fieldErrorText(t, settingLabel(language, entry.field), error));
    return false;
  };

  const run = async (
    entry: FieldEntry,
    request: () => Promise<SettingsSnapshot>,
    done: string,
  ): Promise<boolean> => {
    try {
      apply(await request());
    } catch (error) {
      return fail(entry, { refusal: asContractError(error) });
    }
    setError(entry.key, undefined);
    setSavedKey(entry.key);
    announcer.status(done);
    return true;
  };

  return {
    errors,
    savedKey,
    commit: (entry, value) => {
      const problem = findProblem(entry.field, value);
      if (problem !== undefined) return Promise.resolve(fail(entry, { problem }));
      const field = settingLabel(language, entry.field);
      return run(
        entry,
        () => api.request('settings.set', { key: entry.key, value }),
        t('settings.saved', { field }),
      );
    },
    saveSecret: (entry, value) => {
      const field = settingLabel(language, entry.field);
      return run(
        entry,
        () => api.request('settings.setSecret', { key: entry.key, value }),
        t('secret.saved', { field }),
      );
    },
    clearSecret: (entry) => {
      const field = settingLabel(language, entry.field);
      return run(
        entry,
        () => api.request('settings.clearSecret', { key: entry.key }),
        t('secret.cleared', { field }),
      );
    },
  };
}
