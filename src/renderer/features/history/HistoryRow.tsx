import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/contract';
import { useLanguage } from '../../i18n/use-language';
import { PhoneIcon, TrashIcon, UserPlusIcon } from '../../ui/icons';
import {
  PhoneIncomingIcon,
  PhoneMissedIcon,
  PhoneOutgoingIcon,
  callerName,
  callerNumber,
  connectedMs,
  formatDuration,
} from '../calls';
import {
  historyFullTime,
  historyKind,
  historyResultDetail,
  historyResultText,
  historyTimeText,
} from './history-text';

interface HistoryRowProps {
  entry: HistoryEntry;
  now: number;
  onCallBack: (entry: HistoryEntry) => void;
  onDelete: (entry: HistoryEntry) => void;
  /** Opens the contact form pre-filled from this call; only offered when no contact knows the number. */
  onAddContact: (entry: HistoryEntry) => void;
}

const kindIcon = {
  incoming: PhoneIncomingIcon,
  outgoing: PhoneOutgoingIcon,
  missed: PhoneMissedIcon,
} as const;

/** One recent call: direction, who, result in words, when, how long, and Call back / Delete. */
export function HistoryRow({ entry, now, onCallBack, onDelete, onAddContact }: HistoryRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textId = useId();
  const kind = historyKind(entry);
  const Icon = kindIcon[kind];
  const name = callerName(entry);
  const number = callerNumber(entry);
  const duration = entry.result === 'answered' ? connectedMs(entry, now) : undefined;
  const full = historyFullTime(entry.startedAt, language);
  const detail = historyResultDetail(t, entry);
  return (
    <li
      className={`history-row history-row--${kind}`}
      data-testid={`history-row-${entry.id}`}
      data-result={entry.result}
      data-direction={entry.direction}
    >
      <span className="history-row__icon" title={t(`history.direction.${kind}`)}>
        <Icon />
        <span className="visually-hidden">{t(`history.direction.${kind}`)}</span>
      </span>
      <span className="history-row__text" id={textId}>
        <span className="history-row__name">{name}</span>
        {number !== undefined && <span className="history-row__number">{number}</span>}
        <span className="history-row__meta">
          <span className="history-row__result">{historyResultText(t, entry)}</span>
          {detail !== undefined && <span className="history-row__detail"> · {detail}</span>}
          {duration !== undefined && (
            <span className="history-row__duration">
              {' · '}
              <span className="visually-hidden">{t('history.duration')} </span>
              {formatDuration(duration)}
            </span>
          )}
        </span>
      </span>
      <time className="history-row__time" dateTime={new Date(entry.startedAt).toISOString()} title={full}>
        {historyTimeText(entry.startedAt, now, language)}
      </time>
      <span className="history-row__actions">
        {entry.contact === undefined && entry.remoteNumber.trim() !== '' && (
          <button
            type="button"
            className="icon-button icon-button--small"
            data-testid={`history-add-contact-${entry.id}`}
            aria-label={t('contacts.addFromHistory', { name })}
            title={t('contacts.addFromHistoryShort')}
            onClick={() => onAddContact(entry)}
          >
            <UserPlusIcon />
          </button>
        )}
        <button
          type="button"
          className="icon-button icon-button--small history-row__call"
          data-testid={`history-callback-${entry.id}`}
          aria-label={t('history.callBackLabel', { name })}
          title={t('history.callBackLabel', { name })}
          onClick={() => onCallBack(entry)}
        >
          <PhoneIcon />
        </button>
        <button
          type="button"
          className="icon-button icon-button--small"
          data-testid={`history-delete-${entry.id}`}
          aria-label={t('history.deleteLabel', { name, time: full })}
          title={t('history.delete')}
          onClick={() => onDelete(entry)}
        >
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}
