import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { useNow } from '../../kit/use-now';
import { contractErrorText } from '../../i18n/contract-error-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ClockIcon, TrashIcon } from '../../ui/icons';
import { callerName } from '../calls';
import { useLanguage } from '../../i18n/use-language';
import { HistoryRow } from './HistoryRow';
import { dayHeading, groupByDay } from './history-days';
import { historyKind } from './history-text';
import { useHistory } from './use-history';

interface HistoryListProps {
  onCallBack: (entry: HistoryEntry) => void;
  onAddContact: (entry: HistoryEntry) => void;
}

/** The manual's caller list (Main window > Recent): newest first, call back, delete one or all. */
export function HistoryList({ onCallBack, onAddContact }: HistoryListProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const history = useHistory();
  // "Today" moves on at midnight; once a minute is precise enough for HH:MM.
  const now = useNow(60_000);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);
  const [missedOnly, setMissedOnly] = useState(false);
  const language = useLanguage();
  const entries = history.value;

  const fail = (reason: unknown) => {
    const text = contractErrorText(t, reason);
    setError(text);
    announcer.alert(text);
  };

  // Keeps the keyboard in the list: the next row's Delete, else the previous one's, else the panel.
  const focusAfterDelete = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid^="history-delete-"]');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (next !== undefined) next.focus();
    else listRef.current?.closest<HTMLElement>('[role="tabpanel"]')?.focus();
  };

  const remove = async (entry: HistoryEntry, index: number) => {
    try {
      await api.request('history.delete', { id: entry.id });
      setError(undefined);
      focusAfterDelete(index);
      announcer.status(t('history.deleted', { name: callerName(entry) }));
    } catch (reason) {
      fail(reason);
    }
  };

  const clear = async () => {
    setConfirming(false);
    try {
      await api.request('history.clear', {});
      setError(undefined);
      announcer.status(t('history.cleared'));
    } catch (reason) {
      fail(reason);
    }
  };

  if (entries === undefined) {
    return (
      <p className="history__pending muted">
        {history.error === undefined ? t('app.loading') : contractErrorText(t, history.error)}
      </p>
    );
  }

  if (entries.length === 0) {
    return (
      <>
        {error !== undefined && <p className="form-error history__error">{error}</p>}
        <EmptyState
          icon={<ClockIcon />}
          title={t('directory.recentEmpty')}
          hint={t('directory.recentEmptyHint')}
        />
      </>
    );
  }

  const shown = missedOnly ? entries.filter((entry) => historyKind(entry) === 'missed') : entries;
  return (
    <div className="history">
      <div className="history__toolbar">
        <p className="section-title">{t('history.count', { count: shown.length })}</p>
        <label className="history__filter">
          <input
            type="checkbox"
            data-testid="history-missed-only"
            checked={missedOnly}
            onChange={(event) => setMissedOnly(event.target.checked)}
          />
          {t('history.missedOnly')}
        </label>
        <button
          type="button"
          className="button button--danger-ghost button--small"
          data-testid="history-clear"
          onClick={() => setConfirming(true)}
        >
          <TrashIcon />
          {t('history.clear')}
        </button>
      </div>
      {error !== undefined && <p className="form-error history__error">{error}</p>}
      <div ref={listRef} className="history__days" aria-label={t('history.heading')} role="group">
        {groupByDay(shown).map((day) => (
          <section key={day.key} className="history__day" aria-labelledby={`history-day-${day.key}`}>
            <h3 id={`history-day-${day.key}`} className="history__day-heading" data-testid="history-day">
              {dayHeading(t, day.entries[0]?.startedAt ?? now, now, language)}
            </h3>
            <ul className="history__list">
              {day.entries.map((entry) => (
                <HistoryRow
                  key={entry.id}
                  entry={entry}
                  now={now}
                  onCallBack={onCallBack}
                  onAddContact={onAddContact}
                  onDelete={(target) => void remove(target, shown.indexOf(target))}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('history.confirmTitle')}
        text={t('history.confirmText', { count: entries.length })}
        confirmLabel={t('history.confirmYes')}
        cancelLabel={t('history.confirmNo')}
        testId="confirm-delete"
        onConfirm={() => void clear()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
