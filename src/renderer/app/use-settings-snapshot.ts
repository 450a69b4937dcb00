import { useCallback } from 'react';
import type { SettingsSnapshot } from '../../shared/contract';
import { useApi } from '../kit/api-context';
import { useLiveResource } from '../kit/use-live-resource';
import type { LiveResource } from '../kit/use-live-resource';

export function useSettingsSnapshot(): LiveResource<SettingsSnapshot> {
  const api = useApi();
  const fetch = useCallback(() => api.request('settings.get', {}), [api]);
  const subscribe = useCallback(
    (apply: (snapshot: SettingsSnapshot) => void) => api.on('settings.changed', apply),
    [api],
  );
  return useLiveResource(fetch, subscribe);
}
