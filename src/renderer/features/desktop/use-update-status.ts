import { useCallback } from 'react';
import type { UpdateStatus } from '../../../shared/contract/desktop';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

export function useUpdateStatus(): LiveResource<UpdateStatus> {
  const api = useApi();
  const fetch = useCallback(() => api.request('updates.status', {}), [api]);
  const subscribe = useCallback(
    (apply: (status: UpdateStatus) => void) => api.on('updates.changed', apply),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
