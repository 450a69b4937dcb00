export const uiLanguages = ['en', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * The UI language for the language setting's value. `system` (or anything unknown) follows the
 * operating system's language: German for any `de*` locale, English otherwise.
 */
export function resolveLanguage(setting: unknown, systemLanguage: string | undefined): UiLanguage {
  if (setting === 'en' || setting === 'de') return setting;
  return systemLanguage?.toLowerCase().startsWith('de') === true ? 'de' : 'en';
}
