import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkOutcome, LinkRefused, PendingLink } from '../../../shared/links/link-contract';
import { useApi, useConnectionState } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { useLanguage } from '../../i18n/use-language';
import { takeLinkParam } from './link-param';
import { linkRefusalText, linkToConfirm } from './link-text';

export interface LinkState {
  /** The link the confirmation dialog asks about. */
  pending: PendingLink | undefined;
  /** Why the last link did not dial, until dismissed. */
  refusal: string | undefined;
  dismissRefusal: () => void;
  confirm: (id: string) => void;
  cancel: (id: string) => void;
}

/**
 * Call links: links waiting for confirmation (listed at start, then from `links.pending`), refusals
 * (`links.refused`), and in the web shell a link handed in as `?link=` in the page address.
 */
export function useLinks(): LinkState {
  const api = useApi();
  const connection = useConnectionState();
  const language = useLanguage();
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  const [links, setLinks] = useState<readonly PendingLink[]>([]);
  const [refused, setRefused] = useState<LinkRefused | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const showOutcome = useCallback((outcome: LinkOutcome) => {
    if (outcome.outcome === 'refused') {
      const { code, message, text } = outcome;
      setRefused({ code, message, ...(text ? { text } : {}) });
    }
  }, []);
  const showFailure = useCallback(
    (reason: unknown) => setFailure(t('desktop.link.failed', { message: contractErrorText(t, reason) })),
    [t],
  );

  // Counts links.pending events, so that a links.listPending answer older than the last event is dropped.
  const pendingEvents = useRef(0);
  useEffect(() => {
    const offPending = api.on('links.pending', (payload) => {
      pendingEvents.current += 1;
      setLinks(payload.links);
    });
    const offRefused = api.on('links.refused', (payload) => {
      setFailure(undefined);
      setRefused(payload);
    });
    return () => {
      offPending();
      offRefused();
    };
  }, [api]);

  // After a reload or reconnect, links that arrived meanwhile still wait for an answer. main may send
  // links.pending (for the page's own ?link=) before it answers: then the event is newer than the answer.
  useEffect(() => {
    if (connection !== 'connected') return;
    let cancelled = false;
    const eventsBefore = pendingEvents.current;
    api.request('links.listPending', {}).then(
      (result) => !cancelled && pendingEvents.current === eventsBefore && setLinks(result.links),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, connection]);

  // The web shell page opened as `/?link=…` (a browser protocol handler, or a link someone shared) hands
  // the link to main once; the parameter leaves the address bar, so a reload does not dial again.
  const linkTaken = useRef(false);
  useEffect(() => {
    if (linkTaken.current || window.softphone !== undefined) return;
    const taken = takeLinkParam(window.location.href);
    if (taken === undefined) return;
    linkTaken.current = true;
    window.history.replaceState(window.history.state, '', taken.cleanedUrl);
    api.request('links.open', { uri: taken.uri }).then(showOutcome, showFailure);
  }, [api, showOutcome, showFailure]);

  const refusal = failure ?? (refused === undefined ? undefined : linkRefusalText(refused, language, t));
  const lastAnnounced = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (refusal !== undefined && refusal !== lastAnnounced.current) announcer.alert(refusal);
    lastAnnounced.current = refusal;
  }, [refusal, announcer]);

  const confirm = useCallback(
    (id: string) => {
      setLinks((current) => current.filter((link) => link.id !== id));
      api.request('links.confirm', { id }).then(showOutcome, showFailure);
    },
    [api, showOutcome, showFailure],
  );
  const cancel = useCallback(
    (id: string) => {
      setLinks((current) => current.filter((link) => link.id !== id));
      api.request('links.cancel', { id }).catch(showFailure);
    },
    [api, showFailure],
  );
  const dismissRefusal = useCallback(() => {
    setRefused(undefined);
    setFailure(undefined);
  }, []);

  return { pending: linkToConfirm(links), refusal, dismissRefusal, confirm, cancel };
}
