import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp-dir';

const child = join(import.meta.dirname, 'guarded-child.ts');

/** Runs guarded-child.ts in its own Node process: the guard must never hook vitest's own process. */
function run(scenario: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      '--no-warnings',
      '--experimental-transform-types',
      '--import',
      './bench/register-loader.mjs',
      child,
      scenario,
      ...args,
    ],
    { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('installProcessGuard (in a child process)', () => {
  it('logs an unhandled rejection with its stack and keeps the process running', () => {
    const { code, stdout, stderr } = run('rejection');
    expect(stderr).toMatch(/ERROR \[process\] Unhandled promise rejection .*Error: nobody awaited this/);
    expect(stderr).toMatch(/\n\s+at .*guarded-child\.ts/);
    expect(stdout).toBe('still alive\n');
    expect(code).toBe(0);
  });

  it('logs an uncaught exception with its stack and keeps the process running', () => {
    const { code, stdout, stderr } = run('exception');
    expect(stderr).toMatch(/Uncaught exception \(the phone goes on\) Error: thrown in a callback/);
    expect(stderr).toMatch(/\n\s+at .*guarded-child\.ts/);
    expect(stdout).toBe('still alive\n');
    expect(code).toBe(0);
  });

  it('ends the process with a message once exceptions repeat past the limit', () => {
    const { code, stdout, stderr } = run('repeated-exceptions');
    for (const n of [1, 2, 3]) expect(stderr).toContain(`(the phone goes on) Error: failure ${n}`);
    expect(stderr).toMatch(/the 4th within 60 s: stopping Error: failure 4/);
    expect(stderr).not.toContain('failure 5');
    expect(stdout).toMatch(/^exit 1: Softphone stopped after 4 unexpected errors within 60 seconds\./);
    expect(code).toBe(1);
  });

  it("writes to the app's logger once it is handed over, with the secrets it knows redacted", () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const logFile = join(temp.dir, 'main.log');
    const { code, stdout, stderr } = run('logger', logFile);
    expect(stdout).toBe('still alive\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const log = readFileSync(logFile, 'utf8');
    expect(log).toMatch(/ERROR \[main\] Unhandled promise rejection .*login failed for \[redacted\]/);
    expect(log).not.toContain('s3cret-value');
  });

  it('redacts by pattern before the logger exists', () => {
    const { stderr } = run('fallback-redaction');
    expect(stderr).toContain('Authorization: [redacted]');
    expect(stderr).not.toContain('response="abc"');
  });
});
