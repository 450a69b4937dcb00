import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations';
import { migrations as allMigrations } from './migrations';

export class DatabaseVersionError extends Error {
  constructor(found: number, latest: number) {
    super(
      `The database was written by a newer version of the app (schema ${found}, this version knows ${latest}). ` +
        'Update the app, or move the data folder aside to start fresh.',
    );
    this.name = 'DatabaseVersionError';
  }
}

export function latestVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Applies the migrations newer than the database's user_version, each in its own transaction. */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number {
  assertOrdered(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  if (current > latest) throw new DatabaseVersionError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latestVersion(migrations);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (!Number.isInteger(m.version) || m.version % 10 !== 0 || (previous && previous.version >= m.version)) {
      throw new Error(
        `Migration ${m.name} has version ${m.version}: versions must be increasing multiples of 10`,
      );
    }
  });
}

/** Opens (or creates) the app database in WAL mode and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): Database {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export type { Database };
