import type { TFunction } from 'i18next';
import type { UserText } from '../../shared/contract';

/** What main reported, in the UI language: its code translated, else its English message. */
export function userTextOr(t: TFunction, text: UserText | undefined, message: string): string;
export function userTextOr(
  t: TFunction,
  text: UserText | undefined,
  message: string | undefined,
): string | undefined;
export function userTextOr(
  t: TFunction,
  text: UserText | undefined,
  message: string | undefined,
): string | undefined {
  return text === undefined ? message : t(`codes.${text.key}`, text.params ?? {});
}
