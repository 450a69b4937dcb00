import { useCallback } from 'react';
import type { PresenceState } from '../../../shared/contract/desktop';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

export function usePresence(): LiveResource<{ state: PresenceState }> {
  const api = useApi();
  const fetch = useCallback(() => api.request('presence.get', {}), [api]);
  const subscribe = useCallback(
    (apply: (value: { state: PresenceState }) => void) => api.on('presence.changed', apply),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
