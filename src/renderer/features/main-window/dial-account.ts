import type { AccountView } from '../../../shared/contract';

/**
 * The account a call goes out on: the one the user chose while it is registered, else the first
 * registered account (the default), else none.
 */
export function dialAccountId(
  accounts: readonly AccountView[] | undefined,
  chosen: string | undefined,
): string | undefined {
  const registered = (accounts ?? []).filter((account) => account.registration.state === 'registered');
  return registered.find((account) => account.id === chosen)?.id ?? registered[0]?.id;
}
