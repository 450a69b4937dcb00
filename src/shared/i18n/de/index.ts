import type { Messages } from '../en';
import type { SameKeys } from '../same-keys';
import { accountSettingsDe } from './account-settings';
import { accountsDe } from './accounts';
import { appDe } from './app';
import { callsDe } from './calls';
import { codesDe } from './codes';
import { contactsDe } from './contacts';
import { desktopDe } from './desktop';
import { globalSettingsDe } from './global-settings';
import { historyDe } from './history';
import { nativeDe } from './native';
import { provisioningDe } from './provisioning';
import { settingsDe } from './settings';

/** The German catalogue; the type forces exactly the keys of the English one. */
export const de: SameKeys<Messages> = {
  ...appDe,
  ...accountsDe,
  ...callsDe,
  ...codesDe,
  contacts: contactsDe,
  desktop: desktopDe,
  ...historyDe,
  ...nativeDe,
  ...settingsDe,
  ...globalSettingsDe,
  ...accountSettingsDe,
  ...provisioningDe,
};
