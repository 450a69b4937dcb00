import { accountSettingsEn } from './account-settings';
import { accountsEn } from './accounts';
import { appEn } from './app';
import { callsEn } from './calls';
import { codesEn } from './codes';
import { contactsEn } from './contacts';
import { desktopEn } from './desktop';
import { globalSettingsEn } from './global-settings';
import { historyEn } from './history';
import { nativeEn } from './native';
import { provisioningEn } from './provisioning';
import { settingsEn } from './settings';

/**
 * The English catalogue, one file per feature. de/ has exactly the same keys (the type and a unit test
 * check it). Plurals are i18next keys with `_one`/`_other` suffixes, chosen by i18next's plural rules.
 */
export const en = {
  ...appEn,
  ...accountsEn,
  ...callsEn,
  ...codesEn,
  contacts: contactsEn,
  desktop: desktopEn,
  ...historyEn,
  ...nativeEn,
  ...settingsEn,
  ...globalSettingsEn,
  ...accountSettingsEn,
  ...provisioningEn,
};

export type Messages = typeof en;
