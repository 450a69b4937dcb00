import { useCallback } from 'react';
import type { CallView } from '../../shared/contract';
import { useApi } from '../kit/api-context';
import { useLiveResource } from '../kit/use-live-resource';
import type { LiveResource } from '../kit/use-live-resource';

/** Main's calls (it is the single source of truth for them), kept current by `calls.changed`. */
export function useCalls(): LiveResource<CallView[]> {
  const api = useApi();
  const fetch = useCallback(() => api.request('calls.list', {}), [api]);
  const subscribe = useCallback(
    (apply: (calls: CallView[]) => void) => api.on('calls.changed', ({ calls }) => apply(calls)),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
