import { useCallback } from 'react';
import type { AccountView } from '../../shared/contract';
import { useApi } from '../kit/api-context';
import { useLiveResource } from '../kit/use-live-resource';
import type { LiveResource } from '../kit/use-live-resource';

export function useAccounts(): LiveResource<AccountView[]> {
  const api = useApi();
  const fetch = useCallback(() => api.request('accounts.list', {}), [api]);
  const subscribe = useCallback(
    (apply: (accounts: AccountView[]) => void) =>
      api.on('accounts.changed', ({ accounts }) => apply(accounts)),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
