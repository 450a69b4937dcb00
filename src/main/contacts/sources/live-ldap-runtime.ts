import type { ContactSourceStatusView } from '../../../shared/contract';
import type { Contact } from '../contact';
import type { SourceSearchResult } from '../contact-source';
import type { LdapContactSource } from '../ldap/ldap-source';
import type { SourceRuntime } from './source-runtime';

/** An LDAP directory: searched live, nothing copied. refresh() tests the connection. */
export class LiveLdapRuntime implements SourceRuntime {
  private lastSuccessAt: number | undefined;
  private lastAttemptAt: number | undefined;

  constructor(
    private readonly source: LdapContactSource,
    private readonly onStatus: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  status(): ContactSourceStatusView {
    const status = this.source.status();
    const times = {
      ...(this.lastAttemptAt ? { lastAttemptAt: this.lastAttemptAt } : {}),
      ...(this.lastSuccessAt ? { lastSuccessAt: this.lastSuccessAt } : {}),
    };
    if (status.state === 'failed') {
      const text = status.text ? { text: status.text } : {};
      return { state: 'error', message: status.message, ...text, ...times };
    }
    if (status.state === 'disabled') return { state: 'disabled' };
    return { state: this.lastAttemptAt ? 'ok' : 'idle', ...times };
  }

  async refresh(): Promise<void> {
    await this.track(() => this.source.search('a', 1));
  }

  search(query: string, limit: number, signal: AbortSignal): Promise<SourceSearchResult> {
    return this.track(() => this.source.searchResult(query, limit, signal));
  }

  lookupNumber(normalized: string, signal: AbortSignal): Promise<Contact | undefined> {
    return this.track(() => this.source.lookupNumber(normalized, signal));
  }

  stop(): void {
    void this.source.dispose();
  }

  private async track<T>(run: () => Promise<T>): Promise<T> {
    const before = JSON.stringify(this.source.status());
    this.lastAttemptAt = this.now();
    try {
      return await run();
    } finally {
      if (this.source.status().state !== 'failed') this.lastSuccessAt = this.lastAttemptAt;
      if (JSON.stringify(this.source.status()) !== before) this.onStatus();
    }
  }
}
