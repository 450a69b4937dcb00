import { useCallback } from 'react';
import type { ProvisioningStatus } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

/** Whether provisioning is set up, running, and how the last attempt went; kept current by main. */
export function useProvisioningStatus(): LiveResource<ProvisioningStatus> {
  const api = useApi();
  const fetch = useCallback(() => api.request('provisioning.status', {}), [api]);
  const subscribe = useCallback(
    (apply: (status: ProvisioningStatus) => void) => api.on('provisioning.changed', apply),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
