// Child processes for the lab: each server runs in its own process group so that stopping it also ends
// the workers it forked, and whatever is still running when the test process exits is killed by PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const live = new Map<number, string | undefined>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [pid, dir] of live) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Debian keeps server binaries in /usr/sbin, which a CI user's PATH may not have. */
export function systemBinary(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin']) {
    const path = `${dir}/${name}`;
    if (existsSync(path)) return path;
  }
  return name;
}

/** Keeps the last `limit` characters of a stream, for error messages. */
export class OutputTail {
  private text = '';
  constructor(private readonly limit = 256 * 1024) {}
  push(chunk: Buffer | string): void {
    this.text += chunk.toString();
    if (this.text.length > this.limit) this.text = this.text.slice(-this.limit);
  }
  toString(): string {
    return this.text;
  }
  lastLines(count: number): string {
    return this.text.split('\n').slice(-count).join('\n');
  }
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  output: OutputTail;
  /** Resolves with the exit code or signal once the main process has exited. */
  exited: Promise<string>;
  isRunning(): boolean;
}

export interface StartServerOptions {
  /** Removed by the exit hook if the test process dies without stopping the server. */
  tempDir?: string;
  /** Copy the server's output to our stderr with this prefix (for debugging a lab). */
  echoPrefix?: string;
}

export function startServer(
  command: string,
  args: string[],
  options: StartServerOptions = {},
): ServerProcess {
  installExitHook();
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = new OutputTail();
  let running = true;
  const onData = (chunk: Buffer): void => {
    output.push(chunk);
    if (options.echoPrefix) process.stderr.write(`${options.echoPrefix}${chunk.toString()}`);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      running = false;
      output.push(`\nspawn ${command} failed: ${error.message}\n`);
      resolve(`spawn error: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      running = false;
      if (child.pid !== undefined) live.delete(child.pid);
      resolve(signal ? `signal ${signal}` : `exit code ${code ?? '?'}`);
    });
  });
  const pid = child.pid ?? -1;
  if (pid > 0) live.set(pid, options.tempDir);
  return { child, pid, output, exited, isRunning: () => running };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

function settleWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** SIGTERM to the main process, SIGKILL to the whole group after the bound; always reaps the group. */
export async function stopServer(server: ServerProcess, graceMs: number): Promise<void> {
  if (server.isRunning()) {
    try {
      process.kill(server.pid, 'SIGTERM');
    } catch {
      // exited meanwhile
    }
    if (!(await settleWithin(server.exited, graceMs))) killGroup(server.pid, 'SIGKILL');
  }
  await server.exited;
  // workers that outlived their parent would keep the ports
  killGroup(server.pid, 'SIGKILL');
  live.delete(server.pid);
}

export async function killServer(server: ServerProcess): Promise<void> {
  killGroup(server.pid, 'SIGKILL');
  await server.exited;
  live.delete(server.pid);
}

/** Runs a short command to completion (argument array, no shell); resolves with its stdout. */
export function run(
  command: string,
  args: string[],
  options: { input?: string; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 30_000,
    });
    const stdout: Buffer[] = [];
    const all = new OutputTail();
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      all.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => all.push(chunk));
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve(Buffer.concat(stdout).toString('utf8'));
        return;
      }
      const how = signal ?? `exit ${code}`;
      reject(new Error(`${command} ${args.join(' ')} failed (${how}):\n${all.lastLines(40)}`));
    });
    if (child.stdin) {
      // a command that exits without reading its input must not crash the test run with EPIPE
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}
