/** A busy-lamp (BLF) key: whose line to watch and call. */
export interface ProvisionedBlfKey {
  label: string;
  /** Extension or SIP URI to watch and dial. */
  target: string;
  /** Which provisioned account it belongs to (its key); empty: the first account. */
  accountKey?: string;
}
