import type { AccountView } from '../../../shared/contract';
import { accountKeys } from '../../kit/setting-keys';

function text(account: AccountView, key: string): string {
  const value = account.settings[key];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * How the account list names an account: its own name, else user@domain (as the name field's help
 * promises), else undefined and the UI falls back to a translated "Account <id>".
 */
export function accountDisplayName(account: AccountView): string | undefined {
  const name = text(account, accountKeys.name);
  if (name !== '') return name;
  return accountAddress(account);
}

function accountAddress(account: AccountView): string | undefined {
  const user = text(account, accountKeys.userName);
  const domain = text(account, accountKeys.domain);
  if (user !== '' && domain !== '') return `${user}@${domain}`;
  return domain !== '' ? domain : undefined;
}

/**
 * Who we are on this account, as the far end sees us: the display name and user@domain
 * ("Anna Berg · 201@pbx.example.com"). Undefined when it would only repeat the row's name.
 */
export function accountIdentity(account: AccountView): string | undefined {
  const address = accountAddress(account);
  const displayName = text(account, accountKeys.displayName);
  const identity = [displayName, address].filter((part) => part !== undefined && part !== '').join(' · ');
  if (identity === '' || identity === accountDisplayName(account)) return undefined;
  return identity;
}
