import type { SettingsSnapshot } from '../../../shared/contract';

/** A non-secret setting value as it crosses the contract. */
export type SettingValue = SettingsSnapshot['values'][string];
