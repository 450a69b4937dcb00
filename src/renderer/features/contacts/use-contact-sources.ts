import { useCallback } from 'react';
import type { ContactSourceView } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

/** The contact sources with their status, kept current by contactSources.changed. */
export function useContactSources(): LiveResource<ContactSourceView[]> {
  const api = useApi();
  const fetch = useCallback(() => api.request('contactSources.list', {}), [api]);
  const subscribe = useCallback(
    (apply: (sources: ContactSourceView[]) => void) =>
      api.on('contactSources.changed', ({ sources }) => apply(sources)),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
