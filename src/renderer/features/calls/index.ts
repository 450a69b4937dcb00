/** The public entry of features/calls: all that app/ and other features import from it. */
export { CallAvatar } from './CallAvatar';
export { CallStrip } from './CallStrip';
export { CallWindow } from './CallWindow';
export { announcementText, callAnnouncements, callStates } from './call-announcements';
export { connectedMs, formatDuration } from './call-duration';
export {
  DialpadIcon,
  LoginIcon,
  LogoutIcon,
  PhoneIncomingIcon,
  PhoneMissedIcon,
  PhoneOutgoingIcon,
} from './call-icons';
export { callOutcome, isFailedOutcome, outcomeDetail, outcomeText } from './call-outcome';
export type { CallEndFacts, CallOutcome } from './call-outcome';
export { callerName, callerNumber } from './call-text';
export type { DialErrorText } from './dial-error';
export { useCallAccountLabel } from './use-call-account-label';
export { useDial } from './use-dial';
export { isTextEntry } from './dtmf-keys';
