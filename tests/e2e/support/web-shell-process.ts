import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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

  return { url, dataDir, output: () => output, stop: () => stopProcess(child) };
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
