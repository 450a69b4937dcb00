// Registration benchmark against the lab's Kamailio: 20 accounts register at once, 5 rounds; prints the
// median and p90 of time-to-registered per account and the time until all 20 were registered.
// Needs Kamailio (see tests/lab); Node 22.18+ runs it with our loader for extensionless imports:
//   node --experimental-transform-types --import ./bench/register-loader.mjs bench/register.ts
// (with tsx installed, `npx tsx bench/register.ts` would do the same.)
import { startKamailio, type LabUser } from '../tests/lab/kamailio';
import { silentLogger } from '../src/main/log/logger';
import type { AccountConfig } from '../src/main/sip/account-config';
import { AccountAgent } from '../src/main/sip/registration/account-agent';
import { printResult, spread, runBench } from './support/figures';

const ACCOUNTS = 20;
const ROUNDS = 5;
const ROUND_TIMEOUT_MS = 30_000;

const users: LabUser[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
  username: `${5001 + i}`,
  password: `bench-pw-${5001 + i}`,
}));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function round(config: (user: LabUser) => AccountConfig): Promise<{ each: number[]; all: number }> {
  const each: number[] = [];
  const agents: AccountAgent[] = [];
  const started = performance.now();
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`only ${each.length} of ${ACCOUNTS} registered within ${ROUND_TIMEOUT_MS} ms`)),
      ROUND_TIMEOUT_MS,
    );
    for (const user of users) {
      const agent = new AccountAgent({
        config: config(user),
        sessionDescriptionHandlerFactory: () => {
          throw new Error('no calls in this benchmark');
        },
        logger: silentLogger,
        delegate: {
          onRegistration: (_id, status) => {
            if (status.state === 'failed') {
              clearTimeout(timer);
              reject(new Error(`${user.username} failed: ${status.reason}`));
            }
            if (status.state !== 'registered') return;
            each.push(performance.now() - started);
            if (each.length === ACCOUNTS) {
              clearTimeout(timer);
              resolve();
            }
          },
        },
      });
      agents.push(agent);
    }
    for (const agent of agents) agent.register();
  });
  try {
    await done;
    return { each, all: performance.now() - started };
  } finally {
    await Promise.all(agents.map((agent) => agent.dispose()));
  }
}

async function main(): Promise<void> {
  const lab = await startKamailio({ users });
  try {
    const config = (user: LabUser): AccountConfig => ({
      accountId: `bench-${user.username}`,
      aor: lab.aor(user.username),
      authorizationUserName: user.username,
      password: user.password,
      displayName: '',
      server: process.argv.includes('--wss') ? lab.wssUrl : lab.wsUrl,
      routeSet: [],
      registrationExpirySeconds: 300,
      keepAliveSeconds: 30,
      connectTimeoutMs: 5000,
      tls: {
        trustedPem: lab.caCertPem,
        minVersion: 'TLSv1.2',
        strongCiphersOnly: true,
        verifyCertificate: true,
      },
    });
    const samples: number[] = [];
    const totals: number[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      const { each, all } = await round(config);
      samples.push(...each);
      totals.push(all);
      console.log(`round ${i}: all ${ACCOUNTS} registered in ${all.toFixed(0)} ms`);
    }
    samples.sort((a, b) => a - b);
    const sortedTotals = [...totals].sort((a, b) => a - b);
    const transport = process.argv.includes('--wss') ? 'wss' : 'ws';
    console.log(
      `${transport}, ${ACCOUNTS} accounts x ${ROUNDS} rounds: time to registered median ${percentile(samples, 50).toFixed(0)} ms, ` +
        `p90 ${percentile(samples, 90).toFixed(0)} ms; all ${ACCOUNTS} registered: median ${percentile(sortedTotals, 50).toFixed(0)} ms, ` +
        `max ${sortedTotals.at(-1)!.toFixed(0)} ms`,
    );
    printResult(`register-${transport}`, [
      spread(`${transport}: time to registered, one of ${ACCOUNTS} accounts`, 'ms', samples),
      spread(`${transport}: all ${ACCOUNTS} accounts registered`, 'ms', totals),
    ]);
  } finally {
    await lab.stop();
  }
}

runBench(main);
