import type { Migration } from './migration';
import { settingsMigration } from './0010-settings';
import { accountsMigration } from './0020-accounts';
import { callHistoryMigration } from './0030-call-history';
import { provisioningMigration } from './0040-provisioning';
import { contactsMigration } from './0050-contacts';
import { contactSourcesMigration } from './0060-contact-sources';
import { blfKeysMigration } from './0070-blf-keys';
import { callHistoryBoundsMigration } from './0080-call-history-bounds';
import { callHistoryProgressMigration } from './0090-call-history-progress';
import { callHistoryEndReasonMigration } from './0100-call-history-end-reason';
import { accountSipInstanceMigration } from './0110-account-sip-instance';
import { contactNameWordsMigration } from './0120-contact-name-words';
import { callHistoryEndCauseMigration } from './0130-call-history-end-cause';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  settingsMigration,
  accountsMigration,
  callHistoryMigration,
  provisioningMigration,
  contactsMigration,
  contactSourcesMigration,
  blfKeysMigration,
  callHistoryBoundsMigration,
  callHistoryProgressMigration,
  callHistoryEndReasonMigration,
  accountSipInstanceMigration,
  contactNameWordsMigration,
  callHistoryEndCauseMigration,
];

export type { Migration } from './migration';
