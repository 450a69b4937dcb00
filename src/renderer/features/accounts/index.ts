/** The public entry of features/accounts: all that app/ and other features import from it. */
export { AccountEditor } from './AccountEditor';
export { AccountStateIcon } from './AccountStateIcon';
export { registrationDetailLang, registrationProblem, registrationText } from './registration-text';
export { useAccountLabel } from './use-account-label';
export { accountIdentity } from './account-name';
