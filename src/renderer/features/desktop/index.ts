/** The public entry of features/desktop: all that app/ and other features import from it. */
export { DesktopLayer } from './DesktopLayer';
export { NotificationPermissionButton } from './NotificationPermissionButton';
export { PresenceControl } from './PresenceControl';
export { ProtocolHandlerButton } from './ProtocolHandlerButton';
export { ExpandIcon, MessageIcon, ShrinkIcon } from './desktop-icons';
export { useAppInfo } from './use-app-info';
