import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface WebShellProcess {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

const entry = resolve('out/web/main.js');

/** Starts the built web shell (npm run build:web) as a real process and waits for its URL line. */
export async function startWebShell(dataDir: string, deadlineMs = 15_000): Promise<WebShellProcess> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build:web" first`);
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`web shell printed no URL within ${deadlineMs} ms:\n${output}`)),
      deadlineMs,
    );
    const check = () => {
      const match = /Softphone web shell: (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      done(match[1]);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`web shell exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      await stopProcess(child);
      failOnLastResortReports(dataDir, output);
    },
  };
}

/**
 * The shell's last-resort handler (src/main/process-guard.ts) keeps the phone running after an
 * unhandled rejection or uncaught exception and only logs it; in a test that is a bug, so stopping
 * the shell fails with what it logged.
 */
function failOnLastResortReports(dataDir: string, output: string): void {
  const logFile = join(dataDir, 'logs', 'main.log');
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const reports = `${output}\n${log}`
    .split('\n')
    .filter((line) => /Unhandled promise rejection|Uncaught exception/.test(line));
  if (reports.length > 0) {
    throw new Error(`the web shell hit ${reports.length} unhandled error(s):\n${reports.join('\n')}`);
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Waits for every stop, then fails with the first failure (Promise.allSettled alone would hide it). */
export async function stopAll(stops: (Promise<void> | undefined)[]): Promise<void> {
  const results = await Promise.allSettled(stops.map((stop) => stop ?? Promise.resolve()));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
