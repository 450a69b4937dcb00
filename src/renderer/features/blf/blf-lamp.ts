import type { TFunction } from 'i18next';
import type { BlfKeyView } from '../../../shared/contract';
import { userTextOr } from '../../i18n/user-text';
import { blfKeyName } from './blf-dial';

/** The lamp's word ("Busy"), shown next to its colour so the state never depends on colour alone. */
export function blfLampText(t: TFunction, key: BlfKeyView): string {
  return t(`desktop.blf.lamp.${key.lamp}`);
}

/** The key's accessible name: "Phone B, 1002, Busy". */
export function blfKeyLabel(t: TFunction, key: BlfKeyView): string {
  return t('desktop.blf.keyLabel', { label: blfKeyName(key), target: key.target, lamp: blfLampText(t, key) });
}

/** The tooltip: what a click does, and why the lamp is unavailable when it failed (main's reason, translated). */
export function blfKeyTitle(t: TFunction, key: BlfKeyView): string {
  const label = blfKeyName(key);
  return key.lamp === 'failed' && key.lampError !== undefined
    ? t('desktop.blf.failedHint', { label, reason: userTextOr(t, key.lampText, key.lampError) })
    : t('desktop.blf.callHint', { label });
}
