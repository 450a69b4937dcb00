import { createContext, useContext } from 'react';
import type { AccountView } from '../../shared/contract';

/** The accounts App already follows, for components deep in the tree (one fetch and subscription). */
export const AccountsContext = createContext<readonly AccountView[] | undefined>(undefined);

export function useAccountList(): readonly AccountView[] | undefined {
  return useContext(AccountsContext);
}
