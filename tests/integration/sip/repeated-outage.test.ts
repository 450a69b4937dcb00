// Issue #12, part 3, against the lab's real Kamailio: a second outage shortly after a first one is
// recovered from as fast as the first (the back-off no longer carries the first one's failures).
import { afterEach, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { AgentHarness, labConfig, reachUser, sleep } from './lab-agent';

const users: LabUser[] = [
  { username: '3101', password: 'pw-3101-lab' },
  { username: '3102', password: 'pw-3102-lab' },
];
const [alice, bob] = users as [LabUser, LabUser];

describe('repeated outages of the lab Kamailio', { timeout: 60_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  let harness: AgentHarness | undefined;

  afterEach(async () => {
    await harness?.agent.dispose();
    await lab?.stop();
  }, 20_000);

  it('re-registers within 1 s of Kamailio being back after a 10 s outage, and after a 2 s one 5 s later', async () => {
    const kamailio = await startKamailio({ users });
    lab = kamailio;
    const h = new AgentHarness(labConfig(kamailio, alice));
    harness = h;
    h.agent.register();
    await h.waitFor('registered', 5000);

    /** Kamailio is down (killed, so its ports refuse) for `ms`, then restarted. */
    const outage = async (
      ms: number,
    ): Promise<{ registeredAt: number; sinceUp: number; sinceStart: number }> => {
      const from = h.mark();
      await kamailio.kill();
      await h.waitFor('failed', 3000, from);
      await sleep(ms);
      const startAt = Date.now();
      await kamailio.restart(); // returns once Kamailio answers SIP on its ports
      const upAt = Date.now();
      const again = await h.waitFor('registered', 10_000, from);
      return { registeredAt: again.at, sinceUp: again.at - upAt, sinceStart: again.at - startAt };
    };

    const first = await outage(10_000);
    await sleep(Math.max(0, first.registeredAt + 5000 - Date.now()));
    const second = await outage(2000);
    console.log(
      `[measure] 10 s outage: re-registered ${first.sinceUp} ms after Kamailio was back (${first.sinceStart} ms after its start began); ` +
        `2 s outage 5 s later: ${second.sinceUp} ms (${second.sinceStart} ms)`,
    );
    expect(first.sinceUp).toBeLessThan(1000);
    expect(second.sinceUp).toBeLessThan(1000);
    expect(await reachUser(kamailio, bob, alice)).toBe(200);
  });
});
