// The resilience and performance suite (`npm run bench`): runs every bench as its own child process (one
// that fails or hangs is reported, not fatal), collects the BENCH_RESULT line each prints (see
// bench/support/figures.ts) and writes one report, bench/results/report.md and report.json, with the
// machine and versions, and per figure its median/max, the target and pass/fail.
//
//   npm run bench                              (all; builds the web shell and runs inside tests/lab/with-lab.sh)
//   npm run bench -- --only calls,restart      (a subset, by the ids below)
//   npm run bench -- --list
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { RESULT_PREFIX, type Figure } from './support/figures';

interface BenchSpec {
  id: string;
  file: string;
  args?: string[];
  what: string;
  timeoutMs: number;
}

const MINUTE = 60_000;

const BENCHES: BenchSpec[] = [
  {
    id: 'calls',
    file: 'bench/calls.ts',
    what: 'call set-up, two web shells in Chromium',
    timeoutMs: 10 * MINUTE,
  },
  {
    id: 'register',
    file: 'bench/register.ts',
    what: '20 accounts registering at once, ws',
    timeoutMs: 5 * MINUTE,
  },
  {
    id: 'register-wss',
    file: 'bench/register.ts',
    args: ['--wss'],
    what: '20 accounts registering at once, wss',
    timeoutMs: 5 * MINUTE,
  },
  { id: 'contacts', file: 'bench/contacts.ts', what: '100,000 local contacts', timeoutMs: 10 * MINUTE },
  {
    id: 'contacts-core',
    file: 'bench/contacts-core.ts',
    what: 'CSV import through the core',
    timeoutMs: 10 * MINUTE,
  },
  { id: 'ldap-search', file: 'bench/ldap-search.ts', what: 'LDAP directory on slapd', timeoutMs: 5 * MINUTE },
  { id: 'redact', file: 'bench/redact.ts', what: 'log redactor on hostile input', timeoutMs: 5 * MINUTE },
  {
    id: 'sip-fuzz',
    file: 'bench/sip-fuzz.ts',
    what: 'long SIP fuzz run and INVITE burst',
    timeoutMs: 20 * MINUTE,
  },
  {
    id: 'answer-audio',
    file: 'bench/answer-audio.ts',
    what: 'answer → first RTP packet at both ends',
    timeoutMs: 10 * MINUTE,
  },
  {
    id: 'restart',
    file: 'bench/kamailio-restart.ts',
    what: 'Kamailio killed and restarted 10 times, with an active call',
    timeoutMs: 15 * MINUTE,
  },
  {
    id: 'network-change',
    file: 'bench/network-change.ts',
    what: 'the phone’s network taken down and up (network namespaces)',
    timeoutMs: 10 * MINUTE,
  },
  {
    id: 'memory',
    file: 'bench/memory.ts',
    what: 'memory growth over 100 consecutive calls',
    timeoutMs: 20 * MINUTE,
  },
  {
    id: 'idle-cpu',
    file: 'bench/idle-cpu.ts',
    what: 'idle CPU, two accounts and 50 BLF keys, 60 s',
    timeoutMs: 10 * MINUTE,
  },
];

interface BenchOutcome {
  id: string;
  what: string;
  command: string;
  exit: string;
  seconds: number;
  figures: Figure[];
  notes: string[];
  /** The last lines of its output when it failed or printed no result. */
  tail?: string;
}

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  if (index >= 0) return process.argv[index + 1];
  const inline = process.argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function firstLine(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return text.split('\n')[0]?.trim() || `unknown (${command} ${result.error ? 'not found' : 'failed'})`;
}

function packageVersion(name: string): string {
  try {
    const json = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string };
    return json.version;
  } catch {
    return 'not installed';
  }
}

function machine(): Record<string, string> {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()} (${platform()})`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: String(cpu.length),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium: firstLine(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version']),
    kamailio: firstLine('/usr/sbin/kamailio', ['-v']),
    electron: packageVersion('electron'),
    'sip.js': packageVersion('sip.js'),
    commit: firstLine('git', ['rev-parse', '--short', 'HEAD']),
    date: new Date().toISOString(),
  };
}

function runBench(spec: BenchSpec): Promise<BenchOutcome> {
  const args = [
    '--experimental-transform-types',
    '--no-warnings=ExperimentalWarning',
    '--import',
    './bench/register-loader.mjs',
    spec.file,
    ...(spec.args ?? []),
  ];
  const command = `node ${args.filter((a) => !a.startsWith('--no-warnings')).join(' ')}`;
  const started = performance.now();
  console.log(`\n=== ${spec.id}: ${spec.what}\n    ${command}`);
  return new Promise((resolve) => {
    // its own process group, so a timeout also ends the servers and browsers it started
    const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let result: { figures: Figure[]; notes: string[] } | undefined;
    let pending = '';
    const onData = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
      const text = chunk.toString();
      output = (output + text).slice(-64 * 1024);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) {
          try {
            result = JSON.parse(line.slice(RESULT_PREFIX.length)) as { figures: Figure[]; notes: string[] };
          } catch (error) {
            stream.write(`[${spec.id}] unreadable result line: ${String(error)}\n`);
          }
          continue;
        }
        stream.write(`[${spec.id}] ${line}\n`);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => onData(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => onData(chunk, process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, spec.timeoutMs);
    const finish = (exit: string): void => {
      clearTimeout(timer);
      const ok = exit === 'exit 0' && result !== undefined;
      resolve({
        id: spec.id,
        what: spec.what,
        command,
        exit,
        seconds: (performance.now() - started) / 1000,
        figures: result?.figures ?? [],
        notes: result?.notes ?? [],
        ...(ok ? {} : { tail: output.split('\n').slice(-25).join('\n') }),
      });
    };
    child.once('error', (error) => finish(`could not start: ${error.message}`));
    child.once('close', (code, signal) => {
      if (timedOut) finish(`killed after the ${spec.timeoutMs / 1000} s bound`);
      else finish(signal ? `signal ${signal}` : `exit ${code ?? '?'}`);
    });
  });
}

type Verdict = 'pass' | 'FAIL' | '';

function verdict(figure: Figure): Verdict {
  const target = figure.target;
  if (!target) return '';
  const value = target.of === 'value' ? figure.value : figure[target.of];
  if (value === undefined || Number.isNaN(value)) return 'FAIL';
  if (target.below !== undefined && !(value < target.below)) return 'FAIL';
  if (target.equals !== undefined && value !== target.equals) return 'FAIL';
  return 'pass';
}

function number(value: number | undefined, unit: string): string {
  if (value === undefined) return '';
  if (unit === 'yes/no') return value === 1 ? 'yes' : 'no';
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function targetText(figure: Figure): string {
  const t = figure.target;
  if (!t) return '';
  const of = t.of === 'value' ? '' : `${t.of} `;
  if (t.below !== undefined) return `${of}< ${t.below} ${figure.unit}`;
  if (t.equals !== undefined) return `${of}= ${number(t.equals, figure.unit)}`;
  return '';
}

function markdown(facts: Record<string, string>, outcomes: BenchOutcome[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['# Softphone resilience and performance report', '', '| Machine | |', '|---|---|'];
  for (const [key, value] of Object.entries(facts)) lines.push(`| ${key} | ${cell(value)} |`);
  const failed = outcomes.filter((o) => o.tail !== undefined).length;
  const misses = outcomes.flatMap((o) => o.figures).filter((f) => verdict(f) === 'FAIL').length;
  lines.push(
    '',
    `${outcomes.length} benches, ${failed} did not finish, ${misses} figures missed their target.`,
  );
  for (const outcome of outcomes) {
    lines.push('', `## ${outcome.id}: ${outcome.what}`, '');
    lines.push(`\`${outcome.command}\` — ${outcome.exit}, ${outcome.seconds.toFixed(0)} s`, '');
    if (outcome.figures.length > 0) {
      lines.push('| Figure | Median | Max | Value | Samples | Target | |', '|---|---|---|---|---|---|---|');
      for (const f of outcome.figures) {
        const median =
          f.p95 !== undefined
            ? `${number(f.median, f.unit)} (p95 ${number(f.p95, f.unit)})`
            : f.p99 !== undefined
              ? `${number(f.median, f.unit)} (p99 ${number(f.p99, f.unit)})`
              : number(f.median, f.unit);
        lines.push(
          `| ${cell(f.name)} | ${median} | ${number(f.max, f.unit)} | ${number(f.value, f.unit)} | ${f.samples ?? ''} | ${targetText(f)} | ${verdict(f)} |`,
        );
      }
    }
    for (const note of outcome.notes) lines.push(`- ${cell(note)}`);
    if (outcome.tail !== undefined) lines.push('', 'Last output:', '', '```', outcome.tail, '```');
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--list')) {
    for (const spec of BENCHES) console.log(`${spec.id.padEnd(16)} ${spec.what}`);
    return;
  }
  const only = arg('--only')
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = only?.filter((id) => !BENCHES.some((spec) => spec.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown bench(es): ${unknown.join(', ')}; known: ${BENCHES.map((s) => s.id).join(', ')}`);
    process.exit(2);
  }
  const chosen = only ? BENCHES.filter((spec) => only.includes(spec.id)) : BENCHES;
  const facts = machine();
  const outcomes: BenchOutcome[] = [];
  for (const spec of chosen) outcomes.push(await runBench(spec));
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const report = markdown(facts, outcomes);
  writeFileSync(join(dir, 'report.md'), report);
  const json = outcomes.map((o) => ({
    ...o,
    figures: o.figures.map((f) => ({ ...f, verdict: verdict(f) })),
  }));
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify({ machine: facts, benches: json }, null, 2)}\n`);
  console.log(`\n${report}`);
  console.log(`report: ${join(dir, 'report.md')} and ${join(dir, 'report.json')}`);
  const failed = outcomes.some((o) => o.tail !== undefined || o.figures.some((f) => verdict(f) === 'FAIL'));
  process.exit(failed ? 1 : 0);
}

await main();
