import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Multiples of 10, strictly increasing; stored in PRAGMA user_version. */
  version: number;
  name: string;
  up(db: Database): void;
}
