import type { Logger } from '../../../../src/main/log/logger';

/** A logger that keeps its lines, to check what is (and is not) written. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];

  debug(message: string): void {
    this.lines.push(`debug ${message}`);
  }
  info(message: string): void {
    this.lines.push(`info ${message}`);
  }
  warn(message: string, details?: unknown): void {
    const detail = details instanceof Error ? details.message : JSON.stringify(details);
    this.lines.push(`warn ${message}${details === undefined ? '' : ` ${detail}`}`);
  }
  error(message: string): void {
    this.lines.push(`error ${message}`);
  }
  child(): Logger {
    return this;
  }
}
