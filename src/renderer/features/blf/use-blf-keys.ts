import { useCallback } from 'react';
import type { BlfKeyView } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

export function useBlfKeys(): LiveResource<BlfKeyView[]> {
  const api = useApi();
  const fetch = useCallback(() => api.request('blf.list', {}), [api]);
  const subscribe = useCallback(
    (apply: (keys: BlfKeyView[]) => void) => api.on('blf.changed', ({ keys }) => apply(keys)),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
