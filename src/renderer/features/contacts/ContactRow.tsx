import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { TrashIcon } from '../../ui/icons';
import { CallAvatar } from '../calls';
import { EditIcon } from './contact-icons';
import { contactName, dialableNumbers } from './contact-text';
import { sourceLabel } from '../../i18n/source-label';

interface ContactRowProps {
  contact: ContactView;
  index: number;
  total: number;
  style?: CSSProperties;
  /** This row's contact is the one shown in the details. */
  selected: boolean;
  /** A click: show the contact's details (in compact mode, its menu bar). */
  onSelect: (contact: ContactView, anchor: HTMLElement) => void;
  /** Enter or a double click: dial the only number, or open the number menu at the button. */
  onActivate: (contact: ContactView, anchor: HTMLElement) => void;
  onEdit: (contact: ContactView) => void;
  onDelete: (contact: ContactView) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

/**
 * One contact: name, company, source and numbers. A click on the row selects it; a call needs a
 * deliberate act, Enter or a double click (issue #13), or the Call button of the details.
 */
export function ContactRow(props: ContactRowProps) {
  const { contact, index, total, style } = props;
  const { t } = useTranslation();
  const name = contactName(contact);
  const numbers = dialableNumbers(contact);
  const source = sourceLabel(t, contact);
  const numberText = numbers.map((phone) => phone.number).join(', ');
  return (
    <div
      role="listitem"
      className={props.selected ? 'contact-row contact-row--selected' : 'contact-row'}
      style={style}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-row-index={index}
      data-testid={`contact-row-${contact.id}`}
    >
      <button
        type="button"
        className="contact-row__main"
        data-testid={`contact-select-${contact.id}`}
        aria-label={[name, contact.company, source, numberText].filter((part) => part !== '').join(', ')}
        aria-description={numbers.length > 0 ? t('contacts.rowHint') : undefined}
        aria-expanded={props.selected}
        onClick={(event) => props.onSelect(contact, event.currentTarget)}
        onDoubleClick={(event) => numbers.length > 0 && props.onActivate(contact, event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.repeat) {
            // Enter calls; the click it would also fire (which only selects) is cancelled.
            event.preventDefault();
            if (numbers.length > 0) props.onActivate(contact, event.currentTarget);
            return;
          }
          props.onKeyDown(event, index);
        }}
      >
        <CallAvatar name={name} size="small" />
        <span className="contact-row__text">
          <span className="contact-row__line">
            <span className="contact-row__name">{name}</span>
            {contact.company !== '' && <span className="contact-row__company">{contact.company}</span>}
          </span>
          <span className="contact-row__line contact-row__meta">
            <span className="contact-row__source">{source}</span>
            <span className="contact-row__numbers">{numberText}</span>
          </span>
        </span>
      </button>
      {contact.editable && (
        <span className="contact-row__actions">
          <button
            type="button"
            className="icon-button icon-button--small"
            data-testid={`contact-edit-${contact.id}`}
            aria-label={t('contacts.editLabel', { name })}
            title={t('contacts.edit')}
            onClick={() => props.onEdit(contact)}
          >
            <EditIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--small"
            data-testid={`contact-delete-${contact.id}`}
            aria-label={t('contacts.deleteLabel', { name })}
            title={t('contacts.delete')}
            onClick={() => props.onDelete(contact)}
          >
            <TrashIcon />
          </button>
        </span>
      )}
    </div>
  );
}
