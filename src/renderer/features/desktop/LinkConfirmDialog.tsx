import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingLink } from '../../../shared/links/link-contract';
import { LockIcon, PhoneIcon } from '../../ui/icons';
import { linkDetails } from './link-text';

interface LinkConfirmDialogProps {
  link: PendingLink;
  onCall: (id: string) => void;
  onCancel: (id: string) => void;
}

/**
 * "Ask before a link dials": a modal question naming what would be called. A link is a request from
 * somewhere else, so focus starts on Cancel and Escape cancels; Call must be chosen on purpose.
 */
export function LinkConfirmDialog({ link, onCall, onCancel }: LinkConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const details = linkDetails(link);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    cancelButton.current?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [link.id]);

  return (
    <dialog
      ref={dialog}
      className="dialog link-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="link-confirm"
      onCancel={(event) => {
        event.preventDefault();
        onCancel(link.id);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('desktop.link.title')}
      </h2>
      <div id={textId} className="dialog__text">
        <p>{t('desktop.link.intro')}</p>
        <p className="link-dialog__target">
          <PhoneIcon className="link-dialog__icon" />
          <span className="visually-hidden">
            {details.kind === 'number' ? t('desktop.link.number') : t('desktop.link.address')}:{' '}
          </span>
          <span data-testid="link-confirm-target">{details.shown}</span>
        </p>
        {details.secure && (
          <p className="link-dialog__secure" data-testid="link-confirm-secure">
            <LockIcon className="link-dialog__icon" />
            {t('desktop.link.secure')}
          </p>
        )}
        {details.extension !== undefined && (
          <p className="link-dialog__extension muted" data-testid="link-confirm-extension">
            {t('desktop.link.extension', { extension: details.extension })}
          </p>
        )}
      </div>
      <div className="dialog__actions">
        <button
          ref={cancelButton}
          type="button"
          className="button"
          data-testid="link-confirm-cancel"
          onClick={() => onCancel(link.id)}
        >
          {t('desktop.link.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="link-confirm-call"
          onClick={() => onCall(link.id)}
        >
          <PhoneIcon />
          {t('desktop.link.call')}
        </button>
      </div>
    </dialog>
  );
}
