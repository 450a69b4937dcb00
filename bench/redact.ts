// How the log redactor's cost grows with hostile input (a pattern with nested or overlapping
// quantifiers would scan quadratically): each input at n and 2n, median of 5 runs, and the ratio
// (about 2 when linear). Every log line goes through the redactor, so this is a hot path.
//
//   npm run bench:redact
import { Redactor } from '../src/main/log/redact';
import { printResult, type Figure } from './support/figures';

const inputs: [string, (n: number) => string][] = [
  ['one long word', (n) => 'a'.repeat(n)],
  ['dotted names without a separator', (n) => 'a.'.repeat(n / 2)],
  ['fields without values', (n) => '"password":'.repeat(n / 10)],
  ['URLs without an end', (n) => 'https://u:'.repeat(n / 10)],
  ['an unterminated string', (n) => `{"secret":"${'\\"'.repeat(n / 2)}`],
  ['folded lines', (n) => `Authorization: x${'\r\n '.repeat(n / 3)}`],
  ['empty headers', (n) => 'Cookie:'.repeat(n / 7)],
  ['a query-only name without "&"', (n) => 'code='.repeat(n / 5)],
  ['names whose values are not secret', (n) => 'a:b='.repeat(n / 4)],
  ['SIP URIs', (n) => 'sip:a:'.repeat(n / 6)],
  ['escaped line breaks', (n) => '\\n'.repeat(n / 2)],
  ['a 1 MB SIP INVITE', (n) => `INVITE sip:1@h SIP/2.0\r\nFrom: <sip:${'x'.repeat(n)}@h>\r\n\r\n`],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOf(redactor: Redactor, input: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    redactor.redact(input);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

const redactor = new Redactor();
redactor.addSecret('ab');
redactor.addSecret('a-longer-secret-value');
const n = 200_000;
console.log(`redactor on hostile input: median of 5 runs at ${n / 1000}k and ${(2 * n) / 1000}k characters`);
const figures: Figure[] = [];
for (const [name, make] of inputs) {
  const small = timeOf(redactor, make(n));
  const large = timeOf(redactor, make(2 * n));
  // twice the input takes about twice the time when linear, four times when quadratic
  figures.push({
    name: `${name}: time at 2n / time at n`,
    unit: '×',
    value: large / Math.max(small, 0.01),
    target: { of: 'value', below: 3.5 },
  });
  console.log(
    `  ${name.padEnd(36)} ${small.toFixed(1).padStart(7)} ms  ${large.toFixed(1).padStart(7)} ms  ×${(large / Math.max(small, 0.01)).toFixed(2)}`,
  );
}
printResult('redact', figures);
