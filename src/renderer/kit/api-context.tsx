import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { SoftphoneApi } from '../../shared/contract';
import type { ConnectionState } from '../api/connection-state';
import type { RendererApi } from '../api/renderer-api';

const ApiContext = createContext<RendererApi | undefined>(undefined);

export function ApiProvider({ value, children }: { value: RendererApi; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useRendererApi(): RendererApi {
  const value = useContext(ApiContext);
  if (value === undefined) throw new Error('useRendererApi needs an ApiProvider above it');
  return value;
}

export function useApi(): SoftphoneApi {
  return useRendererApi().api;
}

export function useConnectionState(): ConnectionState {
  const { connection } = useRendererApi();
  return useSyncExternalStore(
    (onChange) => connection.onChange(onChange),
    () => connection.state,
  );
}
