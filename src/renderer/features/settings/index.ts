/** The public entry of features/settings: all that app/ and other features import from it. */
export { SettingsScreen } from './SettingsScreen';
