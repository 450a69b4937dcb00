import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspect } from 'node:util';
import type { Redactor } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const levelOrder: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
  /** A logger whose lines carry a scope, e.g. `settings` or `sip:account-1`. */
  child(scope: string): Logger;
}

export interface FileLoggerOptions {
  file: string;
  redactor: Redactor;
  level?: LogLevel;
  /** Rotate when the file would grow past this many bytes. */
  maxBytes?: number;
  /** How many rotated files (file.1 … file.N) to keep. */
  keep?: number;
  /** Also write to stderr (the web shell and development). */
  echo?: boolean;
  now?: () => Date;
}

/**
 * Main's one logger: plain text lines in the user-data folder, rotated by size.
 * Synchronous appends keep lines in order and survive a crash right after.
 */
export class FileLogger implements Logger {
  private readonly level: number;
  private readonly maxBytes: number;
  private readonly keep: number;

  constructor(
    private readonly options: FileLoggerOptions,
    private readonly scope = 'main',
  ) {
    this.level = levelOrder[options.level ?? 'info'];
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.keep = options.keep ?? 3;
    mkdirSync(dirname(options.file), { recursive: true });
  }

  debug(message: string, details?: unknown): void {
    this.write('debug', message, details);
  }
  info(message: string, details?: unknown): void {
    this.write('info', message, details);
  }
  warn(message: string, details?: unknown): void {
    this.write('warn', message, details);
  }
  error(message: string, details?: unknown): void {
    this.write('error', message, details);
  }

  child(scope: string): Logger {
    return new FileLogger(this.options, `${this.scope}:${scope}`);
  }

  private write(level: LogLevel, message: string, details: unknown): void {
    if (levelOrder[level] < this.level) return;
    const time = (this.options.now ?? (() => new Date()))().toISOString();
    const detailText = details === undefined ? '' : ` ${formatDetails(details)}`;
    const line = this.options.redactor.redact(
      `${time} ${level.toUpperCase()} [${this.scope}] ${message}${detailText}`,
    );
    // Child loggers share the file, so its size is read from disk rather than tracked here.
    const size = existsSync(this.options.file) ? statSync(this.options.file).size : 0;
    if (size > 0 && size + Buffer.byteLength(line) + 1 > this.maxBytes) this.rotate();
    appendFileSync(this.options.file, `${line}\n`);
    if (this.options.echo) process.stderr.write(`${line}\n`);
  }

  private rotate(): void {
    const { file } = this.options;
    rmSync(`${file}.${this.keep}`, { force: true });
    for (let i = this.keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    renameSync(file, `${file}.1`);
  }
}

function formatDetails(details: unknown): string {
  if (details instanceof Error) return details.stack ?? `${details.name}: ${details.message}`;
  if (typeof details === 'string') return details;
  return inspect(details, { depth: 5, breakLength: Infinity });
}

/** Discards everything; for unit tests that don't look at logs. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
