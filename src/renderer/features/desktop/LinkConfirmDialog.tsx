import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingLink } from '../../../shared/links/link-contract';
import { LockIcon, PhoneIcon } from '../../ui/icons';
import { LinkOutsideAddress } from './LinkOutsideAddress';
import { linkDetails, outsideAddress } from './link-text';

interface LinkConfirmDialogProps {
  link: PendingLink;
  onCall: (id: string) => void;
  onCancel: (id: string) => void;
}

/**
 * A modal question naming what a link would call: with "Ask before a link dials" on, and always for a
 * SIP address outside the company's phone system. A link is a request from somewhere else, so focus
 * starts on Cancel (Enter cancels) and Escape cancels; Call must be chosen on purpose.
 */
export function LinkConfirmDialog({ link, onCall, onCancel }: LinkConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const details = linkDetails(link);
  const outside = outsideAddress(link);

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
        {outside === undefined ? t('desktop.link.title') : t('desktop.linkOutside.title')}
      </h2>
      <div id={textId} className="dialog__text">
        {outside === undefined ? (
          <>
            <p>{t('desktop.link.intro')}</p>
            <p className="link-dialog__target">
              <PhoneIcon className="link-dialog__icon" />
              <span className="visually-hidden">
                {details.kind === 'number' ? t('desktop.link.number') : t('desktop.link.address')}:{' '}
              </span>
              <span data-testid="link-confirm-target">{details.shown}</span>
            </p>
          </>
        ) : (
          <LinkOutsideAddress address={outside} />
        )}
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
          {outside === undefined ? t('desktop.link.call') : t('desktop.linkOutside.call')}
        </button>
      </div>
    </dialog>
  );
}
