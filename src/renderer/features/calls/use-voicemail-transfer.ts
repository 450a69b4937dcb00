import { useAccountList } from '../../kit/accounts-context';
import { accountKeys } from '../../kit/setting-keys';

/** Whether the call's account has a voicemail number to send callers to. */
export function useVoicemailTransfer(accountId: string): boolean {
  const account = useAccountList()?.find((a) => a.id === accountId);
  const number = account?.settings[accountKeys.voicemailTransferNumber];
  return typeof number === 'string' && number !== '';
}
