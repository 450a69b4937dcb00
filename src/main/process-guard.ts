import { inspect } from 'node:util';
import type { Logger } from './log/logger';
import { Redactor } from './log/redact';

/** The slice of `process` the guard listens on: the real one in the shells, a child process in tests. */
export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

export interface ProcessGuardOptions {
  /** Ends the process after too many uncaught exceptions (Electron: a message box, then app.exit). */
  exit(code: number, message: string): void;
  /** Where reports go until `useLogger`: stderr, redacted by the Redactor's patterns. */
  fallback?: (line: string) => void;
  /** More uncaught exceptions than this within `windowMs` end the process. */
  maxExceptions?: number;
  windowMs?: number;
  now?: () => number;
}

export interface ProcessGuard {
  /** The core's logger once it exists: redacted with every secret the app has seen, into main.log. */
  useLogger(logger: Logger): void;
  uninstall(): void;
}

/**
 * The last-resort handler of both shells, for errors that escaped every other handler.
 *
 * Unhandled rejections are logged and the phone goes on: a promise nobody awaited failed, which
 * leaves no half-run code behind (without a listener Node 15+ would turn it into an exception
 * and exit).
 *
 * Uncaught exceptions are logged and the phone goes on too, unless they repeat: Node's docs warn
 * that the process state is undefined afterwards, but a throw in one event callback (a socket
 * handler, a timer) almost always leaves the rest as it was, and exiting would drop every call in
 * progress and the registration. More than `maxExceptions` within `windowMs` means something is
 * failing in a loop: then the process ends with a message, because a restart is the only repair.
 * (Electron's own default is a dialog and carrying on; Node's is exiting at once.)
 *
 * Not installed in the unit test process: vitest's own handlers fail a run on any unhandled error.
 */
export function installProcessGuard(target: GuardedProcess, options: ProcessGuardOptions): ProcessGuard {
  const maxExceptions = options.maxExceptions ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const patterns = new Redactor();
  const fallback =
    options.fallback ??
    ((line: string) => {
      process.stderr.write(`${line}\n`);
    });
  let logger: Logger | undefined;
  let recent: number[] = [];
  let exiting = false;

  const report = (message: string, details: unknown) => {
    if (logger) logger.error(message, details);
    else
      fallback(
        patterns.redact(`${new Date(now()).toISOString()} ERROR [process] ${message} ${describe(details)}`),
      );
  };

  const onRejection = (reason: unknown) => report('Unhandled promise rejection (the phone goes on)', reason);

  const onException = (error: Error) => {
    const at = now();
    recent = [...recent.filter((time) => at - time < windowMs), at];
    if (recent.length <= maxExceptions) {
      report('Uncaught exception (the phone goes on)', error);
      return;
    }
    report(`Uncaught exception, the ${recent.length}th within ${windowMs / 1000} s: stopping`, error);
    if (exiting) return;
    exiting = true;
    options.exit(
      1,
      `Softphone stopped after ${recent.length} unexpected errors within ${windowMs / 1000} seconds. ` +
        'Start it again; the log file (logs/main.log in the data folder) says what failed.',
    );
  };

  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    useLogger: (next) => {
      logger = next;
    },
    uninstall: () => {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}

function describe(details: unknown): string {
  if (details instanceof Error) return details.stack ?? `${details.name}: ${details.message}`;
  return inspect(details, { depth: 5, breakLength: Infinity });
}
