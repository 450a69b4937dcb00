// Calls on a PBX without GRUU (RFC 5627): our Contact names the connection it came on. When that
// connection is lost, the account registers again on a new one and the call refreshes the far end's
// target with a re-INVITE whose Contact names the new connection (RFC 3261 §12.2), so hang-ups from
// either side still arrive (issue #12). Only A's connection breaks: after a restart of a proxy like the
// lab's, both sides' old connections are gone, each refresh is addressed to the other's dead one and
// Kamailio answers 500, so without GRUU no refresh can help there; a PBX that is itself the far end of
// the dialog (a B2BUA such as Asterisk) is reached on our new connection either way.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallView } from '../../../src/shared/contract';
import { LAB_DOMAIN, startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { AgentPhone } from './agent-phone';

const users: LabUser[] = [
  { username: '4101', password: 'pw-4101-lab' },
  { username: '4102', password: 'pw-4102-lab' },
];
const [alice, bob] = users as [LabUser, LabUser];

/** A TCP relay in front of Kamailio's ws listener whose connections can be cut, as by a network drop. */
class CuttableLink {
  private constructor(
    private readonly server: Server,
    private readonly sockets: Set<Socket>,
  ) {}

  static async to(port: number): Promise<CuttableLink> {
    const sockets = new Set<Socket>();
    const server = createServer((client) => {
      const upstream = connect(port, LAB_DOMAIN);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, LAB_DOMAIN, resolve));
    return new CuttableLink(server, sockets);
  }

  get url(): string {
    return `ws://${LAB_DOMAIN}:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resets every connection through the link; new ones are let through. */
  cut(): void {
    for (const socket of this.sockets) socket.resetAndDestroy();
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The Contact of each INVITE a phone received (its SIP trace), from log position `from` on. */
function receivedInviteContacts(phone: AgentPhone, from = 0): string[] {
  return phone.log
    .slice(from)
    .filter((line) => /SIP from \S+:\nINVITE /.test(line))
    .map((line) => /^Contact:\s*(.*)$/im.exec(line)?.[1] ?? '');
}

describe('a call across a lost connection, on a Kamailio without GRUU', { timeout: 40_000 }, () => {
  requireLab();
  const labs: KamailioLab[] = [];
  const links: CuttableLink[] = [];
  const phones: AgentPhone[] = [];

  afterEach(async () => {
    await Promise.allSettled(phones.splice(0).map((p) => p.stop()));
    await Promise.all(links.splice(0).map((link) => link.close()));
    await Promise.all(labs.splice(0).map((lab) => lab.stop()));
  }, 20_000);

  /** A (through a link) calls B, B answers; A's connection is cut, and A registers again. */
  async function callThenCut(): Promise<{ a: AgentPhone; b: AgentPhone; atA: CallView; atB: CallView }> {
    const lab = await startKamailio({ users, gruu: false });
    labs.push(lab);
    const link = await CuttableLink.to(lab.wsPort);
    links.push(link);
    const a = new AgentPhone(lab, alice, { server: link.url });
    const b = new AgentPhone(lab, bob);
    phones.push(a, b);
    await Promise.all([a.start(), b.start()]);
    expect(a.agent.userAgent.contact.pubGruu).toBeUndefined();
    const atA = await a.calls.dial(bob.username);
    const atB = await b.callIn('incoming');
    await b.calls.answer(atB.id);
    await a.callIn('active');
    await b.callIn('active');
    await b.acknowledged();
    const [before] = receivedInviteContacts(b);

    const [fromA, logB] = [a.mark(), b.log.length];
    link.cut();
    await a.waitForRegistration('registering', 5000, fromA);
    await a.waitForRegistration('registered', 8000, fromA);
    // A's refresh re-INVITE reaches B with a Contact that names A's new connection
    await b.untilLogged((line) => /SIP from \S+:\nINVITE /.test(line), logB, 8000);
    const [after] = receivedInviteContacts(b, logB);
    expect(before).toMatch(/alias=/);
    expect(after).toMatch(/alias=/);
    expect(after).not.toBe(before);
    await a.until((calls) => calls.find((c) => c.id === atA.id)?.state === 'active');
    return { a, b, atA, atB };
  }

  it('the call refreshes its target with a re-INVITE; A hanging up ends the call at B', async () => {
    const { a, b, atA } = await callThenCut();
    await a.calls.hangup(atA.id);
    const [ended] = await b.until((calls) => calls[0]?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
    expect(a.history).toMatchObject([{ end: { reason: 'hangup' } }]);
  });

  it('the call refreshes its target with a re-INVITE; B hanging up ends the call at A', async () => {
    const { a, b, atA, atB } = await callThenCut();
    await b.calls.hangup(atB.id);
    const [ended] = await a.until((calls) => calls.find((c) => c.id === atA.id)?.state === 'ended', 5000);
    expect(ended?.end?.reason).toBe('remoteHangup');
    expect(b.history).toMatchObject([{ end: { reason: 'hangup' } }]);
  });
});
