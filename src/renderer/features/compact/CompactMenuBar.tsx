import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { CrossIcon, PhoneIcon } from '../../ui/icons';
import { EditIcon, contactName } from '../contacts';
import { MessageIcon } from '../desktop';
import { IconButton } from '../../ui/IconButton';

interface CompactMenuBarProps {
  contact: ContactView;
  number: string;
  onCall: () => void;
  onEdit: () => void;
  onClose: () => void;
}

/**
 * The manual's compact-mode menu bar for a selected contact: call, instant message (this softphone has
 * no chat, so it is disabled and says why), edit, close. It is a toolbar: focus moves to it on opening
 * and Escape closes it.
 */
export function CompactMenuBar({ contact, number, onCall, onEdit, onClose }: CompactMenuBarProps) {
  const { t } = useTranslation();
  const name = contactName(contact);
  const callButton = useRef<HTMLButtonElement>(null);
  useEffect(() => callButton.current?.focus(), [contact.id, number]);
  return (
    <div
      className="compact-menu"
      role="toolbar"
      aria-label={t('desktop.compact.menuLabel', { name })}
      data-testid="compact-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <p className="compact-menu__who">
        <span className="compact-menu__name">{name}</span>
        <span className="compact-menu__number">{number}</span>
      </p>
      <button
        ref={callButton}
        type="button"
        className="button button--primary button--small"
        data-testid="compact-menu-call"
        aria-label={t('desktop.compact.callLabel', { name, number })}
        onClick={onCall}
      >
        <PhoneIcon />
        {t('desktop.compact.call')}
      </button>
      {/* aria-disabled keeps it focusable, so the reason can be read. */}
      <button
        type="button"
        className="icon-button icon-button--small"
        data-testid="compact-menu-message"
        aria-disabled="true"
        aria-label={`${t('desktop.compact.message')}: ${t('desktop.compact.messageUnavailable')}`}
        title={t('desktop.compact.messageUnavailable')}
      >
        <MessageIcon />
      </button>
      <button
        type="button"
        className="icon-button icon-button--small"
        data-testid="compact-menu-edit"
        aria-disabled={contact.editable ? undefined : 'true'}
        aria-label={
          contact.editable
            ? t('contacts.editLabel', { name })
            : `${t('desktop.compact.edit')}: ${t('desktop.compact.editUnavailable')}`
        }
        title={contact.editable ? t('desktop.compact.edit') : t('desktop.compact.editUnavailable')}
        onClick={() => contact.editable && onEdit()}
      >
        <EditIcon />
      </button>
      <IconButton
        small
        testId="compact-menu-close"
        label={t('desktop.compact.closeLabel')}
        title={t('desktop.compact.close')}
        onClick={onClose}
      >
        <CrossIcon />
      </IconButton>
    </div>
  );
}
