/** What DefaultCountry reads of the AccountService. */
export interface DefaultCountrySource {
  list(): ReadonlyArray<{ id: string }>;
  settingsOf(id: string): Record<string, unknown>;
}

/** Used when there is no account or the first one names no country. */
export const fallbackCountry = 'DE';

/**
 * The country a national number belongs to: the first account's `numberModification.defaultCountry`.
 * Caller ID and every imported number ask for it, so it is read once and kept until forget(), which
 * the core calls on every change of the accounts.
 */
export class DefaultCountry {
  private known: string | undefined;

  constructor(private readonly accounts: DefaultCountrySource) {}

  get(): string {
    if (this.known !== undefined) return this.known;
    const first = this.accounts.list()[0];
    const value = first ? this.accounts.settingsOf(first.id)['numberModification.defaultCountry'] : undefined;
    this.known = typeof value === 'string' && value !== '' ? value : fallbackCountry;
    return this.known;
  }

  forget(): void {
    this.known = undefined;
  }
}
