import { LinkConfirmDialog } from './LinkConfirmDialog';
import { LinkRefusalAlert } from './LinkRefusalAlert';
import { UpdateBanner } from './UpdateBanner';
import { useAppInfo } from './use-app-info';
import { useLinks } from './use-links';
import { useWebNotifications } from './use-web-notifications';

/**
 * What the desktop integration puts over every screen: the update banner, the link refusal, the link
 * confirmation dialog, and (web shell) the browser notifications.
 */
export function DesktopLayer() {
  const links = useLinks();
  const info = useAppInfo();
  useWebNotifications(info?.shell === 'web');
  return (
    <>
      <UpdateBanner />
      {links.refusal !== undefined && (
        <LinkRefusalAlert text={links.refusal} onDismiss={links.dismissRefusal} />
      )}
      {links.pending !== undefined && (
        <LinkConfirmDialog
          key={links.pending.id}
          link={links.pending}
          onCall={links.confirm}
          onCancel={links.cancel}
        />
      )}
    </>
  );
}
