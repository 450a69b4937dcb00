// Reconnection against the lab's real Kamailio: a server that is down at start, restarted or crashed,
// and resume. Each test has its own Kamailio, because each one stops or kills it.
import { afterEach, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { AgentHarness, labConfig, reachUser, sleep } from './lab-agent';

const users: LabUser[] = [
  { username: '3001', password: 'pw-3001-lab' },
  { username: '3002', password: 'pw-3002-lab' },
];
const [alice, bob] = users as [LabUser, LabUser];

describe('reconnection with the lab Kamailio', { timeout: 30_000 }, () => {
  requireLab();
  const labs: KamailioLab[] = [];
  const harnesses: AgentHarness[] = [];

  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.agent.dispose()));
    await Promise.all(labs.splice(0).map((lab) => lab.stop()));
  }, 20_000);

  async function lab(): Promise<KamailioLab> {
    const started = await startKamailio({ users });
    labs.push(started);
    return started;
  }

  const harness = (...args: ConstructorParameters<typeof AgentHarness>): AgentHarness => {
    const h = new AgentHarness(...args);
    harnesses.push(h);
    return h;
  };

  const connectAttempts = (h: AgentHarness): number =>
    h.log.filter((line) => /Transport Disconnected → Connecting/.test(line)).length;

  it('registers once a server that was down at start comes up, backing off meanwhile', async () => {
    const kamailio = await lab();
    await kamailio.kill(); // nothing listens on its ports now
    const h = harness(labConfig(kamailio, alice));
    h.agent.register();
    const failed = await h.waitFor('failed', 3000);
    expect(failed.code).toBe('unreachable');
    // Refused once the port is closed; while the killed server's worker processes are still exiting
    // the connection may instead be accepted and dropped. Either way the account is unreachable.
    expect(failed.reason).toMatch(/refused|closed the connection/);
    await sleep(2000);
    // attempts at ~0, 0.5, 1.5 s (±20%): a backoff, not a storm
    const whileDown = connectAttempts(h);
    expect(whileDown).toBeGreaterThanOrEqual(2);
    expect(whileDown).toBeLessThanOrEqual(4);
    await kamailio.restart();
    const upAt = Date.now();
    const registered = await h.waitFor('registered', 10_000);
    console.log(`[measure] down at start: registered ${registered.at - upAt} ms after the server came up`);
    expect(await reachUser(kamailio, bob, alice)).toBe(200);
  });

  it('re-registers within 5 s after Kamailio restarts, without user action', async () => {
    const kamailio = await lab();
    const h = harness(labConfig(kamailio, alice));
    h.agent.register();
    await h.waitFor('registered', 5000);
    const from = h.mark();
    const restartAt = Date.now();
    await kamailio.restart(); // registrations are gone in the new process
    const upAt = Date.now();
    const again = await h.waitFor('registered', 5000, from);
    const total = again.at - restartAt;
    console.log(
      `[measure] restart: re-registered ${total} ms after restart() began (restart took ${upAt - restartAt} ms, ${again.at - upAt} ms after it returned)`,
    );
    expect(total).toBeLessThan(5000);
    const states = h.events.slice(from).map((e) => e.state);
    expect(states[0]).toBe('registering');
    expect(states.at(-1)).toBe('registered');
    expect(await reachUser(kamailio, bob, alice)).toBe(200);
  });

  it('re-registers after a crash (SIGKILL) once the server is back', async () => {
    const kamailio = await lab();
    const h = harness(labConfig(kamailio, alice));
    h.agent.register();
    await h.waitFor('registered', 5000);
    const from = h.mark();
    await kamailio.kill();
    const failed = await h.waitFor('failed', 3000, from);
    expect(['unreachable', 'network']).toContain(failed.code);
    await sleep(1000);
    const restartAt = Date.now();
    await kamailio.restart();
    const again = await h.waitFor('registered', 8000, from);
    console.log(`[measure] crash: re-registered ${again.at - restartAt} ms after the restart began`);
    expect(await reachUser(kamailio, bob, alice)).toBe(200);
  });

  it('resumed() retries at once instead of waiting out the backoff', async () => {
    const kamailio = await lab();
    await kamailio.kill();
    const h = harness(labConfig(kamailio, alice), {
      backoff: { initialMs: 20_000, maxMs: 20_000, factor: 2, jitter: 0 },
      // refused connects are otherwise retried every second: only resumed() may end the 20 s wait
      timing: { refusedRetryMaxMs: 20_000 },
    });
    h.agent.register();
    await h.waitFor('failed', 3000);
    await kamailio.restart();
    const resumedAt = Date.now();
    h.agent.resumed();
    const registered = await h.waitFor('registered', 3000);
    console.log(`[measure] resumed(): registered ${registered.at - resumedAt} ms after the call`);
    expect(registered.at - resumedAt).toBeLessThan(2000);
  });
});
