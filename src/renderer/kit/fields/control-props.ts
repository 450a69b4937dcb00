import type { SettingField } from '../../../shared/settings/field';
import type { UiLanguage } from '../../i18n/language';
import type { FieldIds } from './field-ids';
import type { SettingValue } from './setting-value';

/** What every generated control gets, whichever screen (settings or account editor) hosts it. */
export interface ControlProps<F extends SettingField = SettingField> {
  field: F;
  ids: FieldIds;
  testId: string;
  value: SettingValue;
  language: UiLanguage;
  disabled: boolean;
  invalid: boolean;
  /** The ids that describe the control (help, error, lock, reason), or undefined when none. */
  describedBy: string | undefined;
  /**
   * Hands a new value to the host. Resolves true when it was taken; on false the control falls back to
   * the last good value once the user leaves it.
   */
  onCommit: (value: SettingValue) => Promise<boolean>;
}
