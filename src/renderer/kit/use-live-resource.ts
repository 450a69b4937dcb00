import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractError, Unsubscribe } from '../../shared/contract';
import { asContractError } from '../i18n/contract-error-text';
import { useConnectionState } from './api-context';

export interface LiveResource<T> {
  value: T | undefined;
  /** Why the last fetch failed, until a value arrives. */
  error: ContractError | undefined;
  /** Takes a newer value, e.g. the snapshot a `settings.set` returned. */
  apply: (value: T) => void;
  retry: () => void;
}

/**
 * A value main owns: fetched when the link to main is (re)established, then kept current by its change
 * event. A fetch that started before a newer event arrived is dropped, so a slow answer cannot roll
 * the UI back.
 */
export function useLiveResource<T>(
  fetch: () => Promise<T>,
  subscribe: (apply: (value: T) => void) => Unsubscribe,
): LiveResource<T> {
  const connection = useConnectionState();
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ContractError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const version = useRef(0);

  const apply = useCallback((next: T) => {
    version.current += 1;
    setValue(next);
    setError(undefined);
  }, []);

  useEffect(() => subscribe(apply), [subscribe, apply]);

  useEffect(() => {
    if (connection !== 'connected') return;
    let cancelled = false;
    const startedAt = version.current;
    fetch().then(
      (next) => {
        if (!cancelled && version.current === startedAt) apply(next);
      },
      (reason: unknown) => {
        if (!cancelled) setError(asContractError(reason));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [connection, fetch, apply, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { value, error, apply, retry };
}
