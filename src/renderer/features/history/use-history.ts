import { useCallback } from 'react';
import type { HistoryEntry } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useLiveResource } from '../../kit/use-live-resource';
import type { LiveResource } from '../../kit/use-live-resource';

/** How many recent calls the list shows. */
export const historyLimit = 200;

/**
 * The call history, newest first. `history.changed` carries no data, so each one fetches the list again;
 * an answer that was overtaken by a later fetch is dropped. A change of the contacts fetches it too:
 * main names each row's caller from the contacts as they are now.
 */
export function useHistory(): LiveResource<HistoryEntry[]> {
  const api = useApi();
  const fetch = useCallback(() => api.request('history.list', { limit: historyLimit }), [api]);
  const subscribe = useCallback(
    (apply: (entries: HistoryEntry[]) => void) => {
      let latest = 0;
      const refetch = () => {
        const ticket = ++latest;
        fetch().then(
          (entries) => {
            if (ticket === latest) apply(entries);
          },
          // The list stays as it was; the next change or reconnect fetches again.
          () => undefined,
        );
      };
      const offHistory = api.on('history.changed', refetch);
      const offContacts = api.on('contacts.changed', refetch);
      return () => {
        offHistory();
        offContacts();
      };
    },
    [api, fetch],
  );
  return useLiveResource(fetch, subscribe);
}
