/**
 * Full keys (`group.field`) of the settings the renderer itself acts on. They come from
 * src/shared/settings/global-settings.ts and account-settings.ts; a unit test checks they exist.
 */
export const settingKeys = {
  language: 'gui.appearance.language',
  theme: 'gui.appearance.theme',
} as const;
