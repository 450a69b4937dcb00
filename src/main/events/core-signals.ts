import type { SettingsSnapshot } from '../../shared/contract';

/**
 * Facts inside main that a service built later acts on; never sent to a renderer. They travel on an
 * EventBus<CoreSignalMap> of their own, and src/main/wiring/reactions.ts lists who follows them.
 */
export interface CoreSignalMap {
  /** Follows the contract's settings.changed, once the shells have it. */
  /** origin: a user's (or the UI's) change, or a provisioning run's commit. */
  'settings.changed': { snapshot: SettingsSnapshot; origin: 'user' | 'provisioning' };
  /** An account was created, edited or deleted (not a registration change): the SIP layer follows. */
  'accounts.edited': Record<string, never>;
  /** The PBX sent a check-sync NOTIFY outside a dialog: provisioning runs again (rate-limited). */
  'provisioning.checkSyncRequested': { accountId: string };
}
