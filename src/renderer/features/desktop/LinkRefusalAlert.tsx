import { useTranslation } from 'react-i18next';
import { AlertIcon, CrossIcon } from '../../ui/icons';
import { IconButton } from '../../ui/IconButton';

/** Why a link did not dial: a line above the window that stays until dismissed and blocks nothing. */
export function LinkRefusalAlert({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="desktop-banner desktop-banner--warning" data-testid="link-refused">
      <AlertIcon className="desktop-banner__icon" />
      <p className="desktop-banner__text">
        <strong>{t('desktop.link.refusedTitle')}</strong> <span data-testid="link-refused-text">{text}</span>
      </p>
      <IconButton small testId="link-refused-dismiss" label={t('desktop.link.dismiss')} onClick={onDismiss}>
        <CrossIcon />
      </IconButton>
    </div>
  );
}
