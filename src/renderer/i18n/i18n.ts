import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from '../../shared/i18n/catalogue';
import { addSettingLabelFormat } from '../../shared/i18n/setting-label-format';
import type { UiLanguage } from './language';

/** Initialises the one i18next instance the UI uses, over the shared catalogue. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nOptions(language));
  addSettingLabelFormat(instance);
  return instance;
}
