import type { TFunction } from 'i18next';
import type { VoicemailStatus } from '../../../shared/contract';

export interface VoicemailIndicator {
  /**
   * The badge: the count of new messages ("99+" above 99), '' for new messages of unknown count (a dot),
   * undefined when nothing is new.
   */
  badge: string | undefined;
  /** "2 new messages", "new messages" or "no new messages", in the UI language. */
  status: string;
}

/** What the account row shows about the mailbox; undefined until the PBX reported it (MWI). */
export function voicemailIndicator(
  t: TFunction,
  voicemail: VoicemailStatus | undefined,
): VoicemailIndicator | undefined {
  if (!voicemail) return undefined;
  const { newMessages, waiting } = voicemail;
  if (newMessages > 0) {
    return {
      badge: newMessages > 99 ? '99+' : String(newMessages),
      status: t('accounts.voicemailNew', { count: newMessages }),
    };
  }
  if (waiting) return { badge: '', status: t('accounts.voicemailWaiting') };
  return { badge: undefined, status: t('accounts.voicemailNone') };
}
