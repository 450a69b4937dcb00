/** What a provisioning attempt changed, counted (ProvisioningAttempt['changes']). */
export interface ProvisioningChangeCounts {
  settings: number;
  accountsAdded: number;
  accountsUpdated: number;
  accountsRemoved: number;
  contactSources: number;
  blfKeys: number;
}

const parts: readonly (keyof ProvisioningChangeCounts)[] = [
  'settings',
  'accountsAdded',
  'accountsUpdated',
  'accountsRemoved',
  'contactSources',
  'blfKeys',
];

/**
 * "2 settings changed, 1 account added" in the language of `translate` (`codes.provisioningChanges.*`),
 * parts with a count of 0 left out. Main words the English message with it and the renderer the
 * `summary` of `codes.provisioning.changed`, so both read the same.
 */
export function provisioningChangeList(
  translate: (
    key: `codes.provisioningChanges.${keyof ProvisioningChangeCounts}`,
    values: { count: number },
  ) => string,
  changes: ProvisioningChangeCounts,
): string {
  return parts
    .filter((part) => changes[part] > 0)
    .map((part) => translate(`codes.provisioningChanges.${part}`, { count: changes[part] }))
    .join(', ');
}
