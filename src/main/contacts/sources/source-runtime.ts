import type { ContactSourceStatusView, UserText } from '../../../shared/contract';
import { userTextSchema } from '../../../shared/contract/user-text';
import type { Contact } from '../contact';
import type { SourceSearchResult } from '../contact-source';
import type { Logger } from '../../log/logger';
import type { SourceCache, SourceContact } from '../store/source-cache';
import type { SourceRecord, SourceRecords } from './source-records';

/**
 * A configured source while the app runs. Cached sources (XML, Windows, Google, Outlook) read into
 * the SQLite copy and are searched there; live sources (LDAP) answer `search` and `lookupNumber`.
 * No method throws for a failing server: failures show in `status()`.
 */
export interface SourceRuntime {
  status(): ContactSourceStatusView;
  /** Reads again now (cached) or tests the connection (live). */
  refresh(): Promise<void>;
  /** Live sources: at most `limit` contacts, and whether the directory had more. */
  search?: (query: string, limit: number, signal: AbortSignal) => Promise<SourceSearchResult>;
  lookupNumber?: (normalized: string, signal: AbortSignal) => Promise<Contact | undefined>;
  /** OAuth sources: starts the browser sign-in. */
  signIn?: () => Promise<void>;
  /** Called when the source is deleted: revoke tokens, forget secrets. */
  forget?: () => Promise<void>;
  stop(): void;
}

/** What one read of a cached source brought. */
export type SourceRead =
  | { kind: 'full'; contacts: SourceContact[]; syncState?: string }
  | {
      kind: 'delta';
      upserts: SourceContact[];
      removedIds: string[];
      syncState?: string;
    };

export interface CachedRuntimeOptions {
  sourceId: string;
  /** 0: only on demand. */
  refreshMs: number;
  read(syncState: string | undefined): Promise<SourceRead>;
  /** Writes a read into the SQLite copy; returns the contact count. */
  store(read: SourceRead): number;
  /** Persists the sync state and success time. */
  saved(syncState: string | undefined, at: number): void;
  syncState(): string | undefined;
  /**
   * Turns a failure into a message that says what failed and what to do (no secrets), in English; the
   * UI shows the failure's `text` (a catalogue code) instead when it carries one.
   */
  describe(error: unknown): string;
  onStatus(): void;
  initialCount: number;
  lastSuccessAt: number | undefined;
  now?: () => number;
}

/**
 * Reads a cached source now and every refresh interval; one read at a time. A failed read keeps the
 * last good copy and says why.
 *
 *   idle ──refresh──▶ loading ──ok──▶ ok ──refresh──▶ loading ──fails──▶ error (old copy kept)
 */
export class CachedSourceRuntime implements SourceRuntime {
  private current: ContactSourceStatusView;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: CachedRuntimeOptions) {
    this.now = options.now ?? Date.now;
    this.current = {
      state: options.lastSuccessAt ? 'ok' : 'idle',
      contactCount: options.initialCount,
      ...(options.lastSuccessAt ? { lastSuccessAt: options.lastSuccessAt } : {}),
    };
  }

  start(): void {
    if (this.options.refreshMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
      this.timer.unref();
    }
    void this.refresh();
  }

  status(): ContactSourceStatusView {
    return this.current;
  }

  refresh(): Promise<void> {
    this.running ??= this.read().finally(() => (this.running = undefined));
    return this.running;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async read(): Promise<void> {
    const attempt = this.now();
    this.set({ ...this.current, state: 'loading', lastAttemptAt: attempt });
    try {
      const read = await this.options.read(this.options.syncState());
      const count = this.options.store(read);
      this.options.saved(read.syncState, attempt);
      this.set({ state: 'ok', contactCount: count, lastAttemptAt: attempt, lastSuccessAt: attempt });
    } catch (error) {
      const { message: _old, text: _oldText, ...rest } = this.current;
      const text = textOf(error);
      this.set({
        ...rest,
        state: 'error',
        message: this.options.describe(error),
        ...(text ? { text } : {}),
        lastAttemptAt: attempt,
      });
    }
  }

  private set(status: ContactSourceStatusView): void {
    this.current = status;
    this.options.onStatus();
  }
}

/** The catalogue code a failure carries (PhonebookXmlError, SourceReadError...), if any. */
function textOf(error: unknown): UserText | undefined {
  if (typeof error !== 'object' || error === null || !('text' in error)) return undefined;
  const parsed = userTextSchema.safeParse(error.text);
  return parsed.success ? parsed.data : undefined;
}

/** Builds the running side of a configured source; the factories live in runtimes.ts. */
export type RuntimeFactory = (record: SourceRecord, context: RuntimeContext) => SourceRuntime;

/** What ContactsService hands a runtime: its SQLite copy, its record, its keychain entry. */
export interface RuntimeContext {
  cache: SourceCache;
  records: SourceRecords;
  /** The source's password or token from the keychain. */
  secret(): Promise<string | undefined>;
  setSecret(value: string | undefined): Promise<void>;
  onStatus(): void;
  onContacts(): void;
  logger: Logger;
}
