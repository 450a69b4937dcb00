/** The public entry of features/provisioning: all that app/ and other features import from it. */
export { ProvisioningStatusPanel } from './ProvisioningStatusPanel';
export { DownloadIcon } from './provisioning-icons';
export type { AttemptDetail } from './provisioning-text';
export {
  attemptDetail,
  changeSummary,
  failureText,
  isAccessKeyLink,
  isInsecureHttpUrl,
} from './provisioning-text';
export { useProvisioningStatus } from './use-provisioning-status';
