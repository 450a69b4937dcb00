import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { useConnectionState } from '../../kit/api-context';
import { GearIcon } from '../../ui/icons';
import { CompactToggle } from '../compact';
import { NotificationPermissionButton, PresenceControl, ProtocolHandlerButton, useAppInfo } from '../desktop';
import { statusSummary } from './status-summary';
import { IconButton } from '../../ui/IconButton';

interface StatusBarProps {
  accounts: readonly AccountView[] | undefined;
  /** The user turned TLS certificate verification off: say so, every time the window is seen. */
  certificateChecksOff: boolean;
  onOpenSettings: () => void;
  compact: boolean;
  onCompactChange: (on: boolean) => void;
}

/** The manual's status bar at the bottom edge: the connection/registration summary and "J. Settings". */
export function StatusBar(props: StatusBarProps) {
  const { accounts, certificateChecksOff, onOpenSettings } = props;
  const { t } = useTranslation();
  const webShell = useAppInfo()?.shell === 'web';
  const connection = useConnectionState();
  const summary = statusSummary(t, connection, accounts);
  return (
    <footer className="status-bar" aria-label={t('statusBar.label')}>
      {certificateChecksOff && (
        <p className="status-bar__warning" role="alert" data-testid="tls-warning">
          {t('statusBar.tlsUnverified')}
        </p>
      )}
      <p className="status-bar__summary" data-testid="status-summary">
        <span className={`status-dot status-dot--${summary.tone}`} aria-hidden="true" />
        <span className="status-bar__text">{summary.text}</span>
      </p>
      <div className="status-bar__tools">
        <PresenceControl />
        {webShell && <NotificationPermissionButton />}
        {webShell && <ProtocolHandlerButton />}
        <CompactToggle compact={props.compact} onChange={props.onCompactChange} />
        <IconButton testId="open-settings" label={t('statusBar.openSettings')} onClick={onOpenSettings}>
          <GearIcon />
        </IconButton>
      </div>
    </footer>
  );
}
