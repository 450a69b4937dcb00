import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../shared/contract';
import { announcementText, callAnnouncements, callStates } from '../features/calls';
import { useAnnouncer } from '../kit/announcer';

/**
 * Reads out what happens to calls: a call ringing here at once (assertive), every other state change
 * when the screen reader is idle (polite). Works on any screen, not only while the call window shows.
 */
export function useCallAnnouncements(
  calls: readonly CallView[] | undefined,
  accountLabel: (accountId: string) => string,
): void {
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  const previous = useRef<ReturnType<typeof callStates> | undefined>(undefined);

  useEffect(() => {
    if (calls === undefined) return;
    const before = previous.current;
    previous.current = callStates(calls);
    const alerts: string[] = [];
    const statuses: string[] = [];
    for (const announcement of callAnnouncements(before, calls)) {
      const text = announcementText(t, announcement, accountLabel(announcement.call.accountId));
      (announcement.kind === 'incoming' ? alerts : statuses).push(text);
    }
    // A live region reads its latest text only, so simultaneous changes go out as one message.
    if (alerts.length > 0) announcer.alert(alerts.join(' '));
    if (statuses.length > 0) announcer.status(statuses.join(' '));
  }, [calls, announcer, t, accountLabel]);
}
