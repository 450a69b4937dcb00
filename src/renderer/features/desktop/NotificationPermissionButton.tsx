import { useTranslation } from 'react-i18next';
import { useAnnouncer } from '../../kit/announcer';
import { BellIcon } from './desktop-icons';
import { requestNotificationPermission, useNotificationPermission } from './use-web-notifications';
import { IconButton } from '../../ui/IconButton';

/** Web shell only: asks for the Notification permission from a click, as browsers require. */
export function NotificationPermissionButton() {
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  const permission = useNotificationPermission();
  if (permission !== 'default') return null;
  const ask = async () => {
    const result = await requestNotificationPermission().catch(() => 'denied' as const);
    if (result === 'granted') announcer.status(t('desktop.notifications.enabled'));
    else if (result === 'denied') announcer.alert(t('desktop.notifications.denied'));
  };
  return (
    <IconButton
      testId="notifications-enable"
      label={t('desktop.notifications.enable')}
      onClick={() => void ask()}
    >
      <BellIcon />
    </IconButton>
  );
}
