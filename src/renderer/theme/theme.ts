export type UiTheme = 'light' | 'dark';

/** The theme for the theme setting's value; `system` (or anything unknown) follows the OS. */
export function resolveTheme(setting: unknown, systemPrefersDark: boolean): UiTheme {
  if (setting === 'light' || setting === 'dark') return setting;
  return systemPrefersDark ? 'dark' : 'light';
}
