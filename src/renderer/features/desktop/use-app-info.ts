import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract';
import { useApi, useConnectionState } from '../../kit/api-context';

/** app.info once connected (which shell, which version); undefined until it arrives. */
export function useAppInfo(): AppInfo | undefined {
  const api = useApi();
  const connection = useConnectionState();
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  useEffect(() => {
    if (connection !== 'connected' || info !== undefined) return;
    let cancelled = false;
    api.request('app.info', {}).then(
      (value) => !cancelled && setInfo(value),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, connection, info]);
  return info;
}
