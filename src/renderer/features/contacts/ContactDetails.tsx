import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { CrossIcon, PhoneIcon, TrashIcon } from '../../ui/icons';
import { CallAvatar } from '../calls';
import { EditIcon } from './contact-icons';
import { contactName, dialableNumbers } from './contact-text';
import { sourceLabel } from '../../i18n/source-label';

export const contactDetailsId = 'contact-details';

interface ContactDetailsProps {
  contact: ContactView;
  onCall: (number: string) => void;
  onEdit: (contact: ContactView) => void;
  onDelete: (contact: ContactView) => void;
  onClose: () => void;
}

/**
 * The selected contact (issue #13: a click selects, it does not call): who it is, a Call button per
 * number, and edit and delete for a local contact. Escape closes it.
 */
export function ContactDetails({ contact, onCall, onEdit, onDelete, onClose }: ContactDetailsProps) {
  const { t } = useTranslation();
  const name = contactName(contact);
  const numbers = dialableNumbers(contact);
  const details = [contact.company, contact.department, contact.email].filter((part) => part !== '');
  return (
    <section
      id={contactDetailsId}
      className="contact-details"
      data-testid="contact-details"
      aria-label={t('contacts.detailsLabel', { name })}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <header className="contact-details__header">
        <CallAvatar name={name} size="small" />
        <p className="contact-details__who">
          <span className="contact-details__name" data-testid="contact-details-name">
            {name}
          </span>
          {details.length > 0 && <span className="contact-details__meta">{details.join(' · ')}</span>}
          <span className="contact-details__meta">
            {t('contacts.fromSource', { source: sourceLabel(t, contact) })}
          </span>
        </p>
        <button
          type="button"
          className="icon-button icon-button--small"
          data-testid="contact-details-close"
          aria-label={t('contacts.detailsClose')}
          title={t('contacts.detailsClose')}
          onClick={onClose}
        >
          <CrossIcon />
        </button>
      </header>
      <ul className="contact-details__numbers">
        {numbers.map((phone, index) => (
          <li key={`${phone.type}:${phone.number}:${index}`} className="contact-details__number">
            <span className="contact-details__type">{t(`contacts.phoneType.${phone.type}`)}</span>
            <span className="contact-details__value">{phone.number}</span>
            <button
              type="button"
              className="button button--primary button--small"
              data-testid={`contact-details-call-${index}`}
              aria-label={t('contacts.callLabel', { name, number: phone.number })}
              onClick={() => onCall(phone.number)}
            >
              <PhoneIcon />
              {t('contacts.call')}
            </button>
          </li>
        ))}
      </ul>
      {contact.editable && (
        <div className="contact-details__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            data-testid="contact-details-edit"
            onClick={() => onEdit(contact)}
          >
            <EditIcon />
            {t('contacts.edit')}
          </button>
          <button
            type="button"
            className="button button--danger-ghost button--small"
            data-testid="contact-details-delete"
            onClick={() => onDelete(contact)}
          >
            <TrashIcon />
            {t('contacts.delete')}
          </button>
        </div>
      )}
    </section>
  );
}
