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
import { HistoryRow } from './HistoryRow';
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
  const listRef = useRef<HTMLUListElement>(null);
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

  return (
    <div className="history">
      <div className="history__toolbar">
        <p className="section-title">{t('history.count', { count: entries.length })}</p>
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
      <ul ref={listRef} className="history__list" aria-label={t('history.heading')}>
        {entries.map((entry, index) => (
          <HistoryRow
            key={entry.id}
            entry={entry}
            now={now}
            onCallBack={onCallBack}
            onAddContact={onAddContact}
            onDelete={(target) => void remove(target, index)}
          />
        ))}
      </ul>
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
