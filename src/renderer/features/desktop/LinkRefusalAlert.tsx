import { useTranslation } from 'react-i18next';
import { AlertIcon, CrossIcon } from '../../ui/icons';

/** Why a link did not dial: a line above the window that stays until dismissed and blocks nothing. */
export function LinkRefusalAlert({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="desktop-banner desktop-banner--warning" data-testid="link-refused">
      <AlertIcon className="desktop-banner__icon" />
      <p className="desktop-banner__text">
        <strong>{t('desktop.link.refusedTitle')}</strong> <span data-testid="link-refused-text">{text}</span>
      </p>
      <button
        type="button"
        className="icon-button icon-button--small"
        data-testid="link-refused-dismiss"
        aria-label={t('desktop.link.dismiss')}
        title={t('desktop.link.dismiss')}
        onClick={onDismiss}
      >
        <CrossIcon />
      </button>
    </div>
  );
}
