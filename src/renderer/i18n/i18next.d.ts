import 'i18next';
import type { Messages } from '../../shared/i18n/catalogue';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
