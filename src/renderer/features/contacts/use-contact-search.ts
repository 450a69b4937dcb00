import { useEffect, useRef, useState } from 'react';
import type { ContactSearchResult } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { asContractError } from '../../i18n/contract-error-text';
import type { ContractError } from '../../../shared/contract';
import { LatestOnly } from './latest-only';

export const searchDebounceMs = 250;
export const searchLimit = 50;

export interface ContactSearch {
  /** The answer for `query`, or undefined while it is being asked (or the query is empty). */
  result: ContactSearchResult | undefined;
  /** The query `result` answers. */
  query: string;
  error: ContractError | undefined;
  pending: boolean;
}

/**
 * Searches every source as the user types: a pause of 250 ms starts the request, and each keystroke
 * supersedes the previous one, so a slow answer for an older query is never shown. `revision`
 * changes when the contacts changed, which asks again.
 */
export function useContactSearch(query: string, revision: number): ContactSearch {
  const api = useApi();
  const latest = useRef(new LatestOnly());
  const [answer, setAnswer] = useState<Omit<ContactSearch, 'pending'>>({
    result: undefined,
    query: '',
    error: undefined,
  });
  const trimmed = query.trim();

  useEffect(() => {
    const sequencer = latest.current;
    if (trimmed === '') {
      sequencer.cancel();
      return;
    }
    const isCurrent = sequencer.next();
    const timer = setTimeout(() => {
      api.request('contacts.search', { query: trimmed, limit: searchLimit }).then(
        (result) => {
          if (isCurrent()) setAnswer({ result, query: trimmed, error: undefined });
        },
        (reason: unknown) => {
          if (isCurrent()) setAnswer({ result: undefined, query: trimmed, error: asContractError(reason) });
        },
      );
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [api, trimmed, revision]);

  if (trimmed === '') return { result: undefined, query: '', error: undefined, pending: false };
  // Until the answer for this very text arrives, the previous hits stay shown (no flicker per key).
  return { ...answer, pending: answer.query !== trimmed };
}
