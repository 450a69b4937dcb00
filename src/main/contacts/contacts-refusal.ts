import type { ErrorCode } from '../../shared/contract/errors';
import { ContractError } from '../../shared/contract/errors';
import type { UserText } from '../../shared/contract/user-text';
import { worded } from '../i18n/translator';

/** A refused contacts request as a catalogue code: the renderer shows it translated, the log the English. */
export function contactsRefusal(
  code: ErrorCode,
  key: UserText['key'],
  params: Record<string, string | number>,
  field?: string,
): ContractError {
  const { text, english } = worded(key, params);
  return new ContractError(code, english, field, text);
}
