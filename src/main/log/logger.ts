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
 * The log file and its rotation, shared by a logger and all its children so the size is read from
 * disk once and then tracked, not stat'ed for every line.
 */
class LogFile {
  private size: number;

  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
    private readonly keep: number,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.size = existsSync(path) ? statSync(path).size : 0;
  }

  append(line: string): void {
    const bytes = Buffer.byteLength(line) + 1;
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    appendFileSync(this.path, `${line}\n`);
    this.size += bytes;
  }

  private rotate(): void {
    rmSync(`${this.path}.${this.keep}`, { force: true });
    for (let i = this.keep - 1; i >= 1; i--) {
      if (existsSync(`${this.path}.${i}`)) renameSync(`${this.path}.${i}`, `${this.path}.${i + 1}`);
    }
    renameSync(this.path, `${this.path}.1`);
    this.size = 0;
  }
}

/**
 * Main's one logger: plain text lines in the user-data folder, rotated by size.
 * Synchronous appends keep lines in order and survive a crash right after.
 */
export class FileLogger implements Logger {
  private readonly level: number;
  private readonly file: LogFile;

  constructor(
    private readonly options: FileLoggerOptions,
    private readonly scope = 'main',
    file?: LogFile,
  ) {
    this.level = levelOrder[options.level ?? 'info'];
    this.file = file ?? new LogFile(options.file, options.maxBytes ?? 5 * 1024 * 1024, options.keep ?? 3);
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
    return new FileLogger(this.options, `${this.scope}:${scope}`, this.file);
  }

  private write(level: LogLevel, message: string, details: unknown): void {
    if (levelOrder[level] < this.level) return;
    const time = (this.options.now ?? (() => new Date()))().toISOString();
    const detailText = details === undefined ? '' : ` ${formatDetails(details)}`;
    const line = this.options.redactor.redact(
      `${time} ${level.toUpperCase()} [${this.scope}] ${message}${detailText}`,
    );
    this.file.append(line);
    if (this.options.echo) process.stderr.write(`${line}\n`);
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
