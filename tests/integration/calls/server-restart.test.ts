// A call survives a restart of the PBX: Kamailio is killed and started again during an A–B call; both
// accounts register again by themselves (AccountAgent), and then hold and hang-up still reach the
// other side (issue #12, ghost calls). Each test has its own Kamailio, because each one kills it.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallView } from '../../../src/shared/contract';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { AgentPhone } from './agent-phone';

const users: LabUser[] = [
  { username: '4001', password: 'pw-4001-lab' },
  { username: '4002', password: 'pw-4002-lab' },
];
const [alice, bob] = users as [LabUser, LabUser];

describe('a call across a Kamailio restart', { timeout: 40_000 }, () => {
  requireLab();
  const labs: KamailioLab[] = [];
  const phones: AgentPhone[] = [];

  afterEach(async () => {
    await Promise.allSettled(phones.splice(0).map((p) => p.stop()));
    await Promise.all(labs.splice(0).map((lab) => lab.stop()));
  }, 20_000);

  /** Each test's own Kamailio; A calls B, B answers, and B has the ACK (the call is confirmed). */
  async function confirmedCall(): Promise<{
    lab: KamailioLab;
    a: AgentPhone;
    b: AgentPhone;
    atA: CallView;
    atB: CallView;
  }> {
    const lab = await startKamailio({ users });
    labs.push(lab);
    const a = new AgentPhone(lab, alice);
    const b = new AgentPhone(lab, bob);
    phones.push(a, b);
    await Promise.all([a.start(), b.start()]);
    const atA = await a.calls.dial(bob.username);
    const atB = await b.callIn('incoming');
    await b.calls.answer(atB.id);
    await a.callIn('active');
    await b.callIn('active');
    await b.acknowledged();
    return { lab, a, b, atA, atB };
  }

  /** A confirmed call; then Kamailio crashes (SIGKILL) and comes back after 2 s. */
  async function callThenRestart(): Promise<{ a: AgentPhone; b: AgentPhone; atA: CallView; atB: CallView }> {
    const { lab, a, b, atA, atB } = await confirmedCall();
    const [fromA, fromB] = [a.mark(), b.mark()];
    await lab.kill();
    await a.waitForRegistration('registering', 5000, fromA);
    await b.waitForRegistration('registering', 5000, fromB);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the server is down for 2 s
    await lab.restart();
    await a.waitForRegistration('registered', 8000, fromA);
    await b.waitForRegistration('registered', 8000, fromB);
    return { a, b, atA, atB };
  }

  it('hold from A still works, and A hanging up ends the call at B', async () => {
    const { a, b, atA, atB } = await callThenRestart();
    expect((await a.calls.hold(atA.id, true)).state).toBe('held');
    await b.until((calls) => calls.some((c) => c.id === atB.id && c.state === 'active'));
    expect((await a.calls.hold(atA.id, false)).state).toBe('active');

    await a.calls.hangup(atA.id);
    const [ended] = await b.until((calls) => calls[0]?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
    expect(a.history).toMatchObject([{ end: { reason: 'hangup' } }]);
  });

  it('hold from B still works, and B hanging up ends the call at A', async () => {
    const { a, b, atA, atB } = await callThenRestart();
    expect((await b.calls.hold(atB.id, true)).state).toBe('held');
    expect((await b.calls.hold(atB.id, false)).state).toBe('active');

    await b.calls.hangup(atB.id);
    const [ended] = await a.until((calls) => calls.find((c) => c.id === atA.id)?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
    expect(b.history).toMatchObject([{ end: { reason: 'hangup' } }]);
  });

  it('hold pressed while the server is down succeeds once it is back', async () => {
    const { lab, a, b, atA } = await confirmedCall();

    const [fromA, fromB] = [a.mark(), b.mark()];
    await lab.kill();
    await a.waitForRegistration('registering', 5000, fromA);
    // the re-INVITE cannot be sent now
    const holding = a.calls.hold(atA.id, true).then(
      (call) => call.state,
      (error: Error) => error.message,
    );
    await a.until((calls) => calls[0]?.pending === 'hold');
    await lab.restart();
    await a.waitForRegistration('registered', 8000, fromA);
    await b.waitForRegistration('registered', 8000, fromB);
    expect(await holding).toBe('held');

    await a.calls.hangup(atA.id);
    const [ended] = await b.until((calls) => calls[0]?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
  });

  it('a hang-up while the server is down reaches the other side once it is back', async () => {
    const { lab, a, b, atA } = await confirmedCall();

    const [fromA, fromB] = [a.mark(), b.mark()];
    await lab.kill();
    await a.waitForRegistration('registering', 5000, fromA);
    await a.calls.hangup(atA.id); // the BYE cannot be sent now
    expect(a.history).toMatchObject([{ end: { reason: 'hangup' } }]);
    await lab.restart();
    await a.waitForRegistration('registered', 8000, fromA);
    await b.waitForRegistration('registered', 8000, fromB);
    const [ended] = await b.until((calls) => calls[0]?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
  });
});
