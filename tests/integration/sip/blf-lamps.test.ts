// Busy lamps against the lab's real Kamailio (presence_dialoginfo + pua_dialoginfo): the watcher is an
// AccountAgent for 1001 with BlfLamps watching 1002; 1002 is a second AccountAgent that rings (180)
// and answers with a canned SDP; 1003 is a raw SipWsClient that calls 1002 and hangs up.
import type { Invitation, SessionDescriptionHandler, SessionDescriptionHandlerFactory } from 'sip.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab, type LabUser } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { header, SipWsClient, type SipMessage } from '../../lab/sip-ws-client';
import type { BlfLamp, BlfLampKey } from '../../../src/main/blf/blf-lamps';
import { BlfLamps } from '../../../src/main/blf/blf-lamps';
import { AgentHarness, labConfig, labLogger } from './lab-agent';

const SDP = [
  'v=0',
  'o=- 1 1 IN IP4 127.0.0.1',
  's=-',
  'c=IN IP4 127.0.0.1',
  't=0 0',
  'm=audio 9 RTP/AVP 0',
  '',
].join('\r\n');

/** Answers any offer with a fixed SDP: the lamps care about signalling, not audio. */
const cannedMedia: SessionDescriptionHandlerFactory = () => {
  const handler: SessionDescriptionHandler = {
    close: () => undefined,
    getDescription: () => Promise.resolve({ body: SDP, contentType: 'application/sdp' }),
    hasDescription: (contentType) => contentType === 'application/sdp',
    setDescription: () => Promise.resolve(),
    sendDtmf: () => false,
  };
  return handler;
};

const tagOf = (value: string | undefined): string | undefined => /;tag=([^;>\s]+)/.exec(value ?? '')?.[1];
const uriOf = (value: string | undefined): string =>
  /<([^>]+)>/.exec(value ?? '')?.[1] ?? (value ?? '').split(';')[0]!;

/** BlfLamps for one watcher account, with a way to wait for a lamp state without sleeping. */
class LampHarness {
  readonly history: BlfLamp['lamp'][] = [];
  readonly settings: Record<string, unknown> = {
    'functions.useBlf': true,
    'network.subscriptionExpirySeconds': 300,
    'credentials.domain': '',
  };
  readonly lamps: BlfLamps;
  private readonly waiters = new Set<() => void>();

  constructor(
    watcher: AgentHarness,
    domain: string,
    private keys: BlfLampKey[],
    log: string[],
  ) {
    this.settings['credentials.domain'] = domain;
    this.lamps = new BlfLamps({
      userAgentOf: (id) =>
        id === watcher.agent.accountId && watcher.state === 'registered'
          ? watcher.agent.userAgent
          : undefined,
      accountSetting: () => (key) => this.settings[key],
      keys: () => this.keys,
      onChange: () => {
        this.history.push(this.lamps.lampOf(this.keys[0]?.id ?? 0).lamp);
        for (const wake of this.waiters) wake();
      },
      logger: labLogger('blf', log),
    });
  }

  lamp(id = this.keys[0]!.id): BlfLamp {
    return this.lamps.lampOf(id);
  }

  waitFor(state: BlfLamp['lamp'], timeoutMs = 8000, id = this.keys[0]!.id): Promise<BlfLamp> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const lamp = this.lamps.lampOf(id);
        if (lamp.lamp !== state) return false;
        cleanup();
        resolve(lamp);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`lamp never "${state}" within ${timeoutMs} ms; seen ${this.history.join(' → ')}`));
      }, timeoutMs);
      const wake = (): void => void check();
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      if (!check()) this.waiters.add(wake);
    });
  }
}

describe('BLF lamps with the lab Kamailio', { timeout: 30_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;
  const agents: AgentHarness[] = [];
  const clients: SipWsClient[] = [];
  const lampSets: BlfLamps[] = [];
  const log: string[] = [];

  beforeAll(async () => {
    lab = await startKamailio();
  }, 30_000);

  afterEach(async () => {
    for (const lamps of lampSets.splice(0)) lamps.stop();
    await Promise.allSettled(clients.splice(0).map((client) => client.close()));
    await Promise.allSettled(agents.splice(0).map((h) => h.agent.dispose()));
  }, 15_000);

  afterAll(async () => {
    await lab?.stop();
  }, 15_000);

  const current = (): KamailioLab => {
    if (!lab) throw new Error('Kamailio did not start');
    return lab;
  };
  const user = (name: string): LabUser => current().users.find((u) => u.username === name)!;

  /** The watcher (1001), registered, with the SUBSCRIBEs it sends counted. */
  async function watcher(): Promise<{ agent: AgentHarness; subscribes: string[] }> {
    const subscribes: string[] = [];
    const agent = new AgentHarness(labConfig(current(), user('1001')), {
      trace: (direction, message) => {
        if (direction === 'out' && message.startsWith('SUBSCRIBE '))
          subscribes.push(message.split('\r\n')[0]!);
      },
    });
    agents.push(agent);
    agent.agent.register();
    await agent.waitFor('registered', 8000);
    return { agent, subscribes };
  }

  function lampsFor(agent: AgentHarness, keys: BlfLampKey[]): LampHarness {
    const harness = new LampHarness(agent, current().domain, keys, log);
    lampSets.push(harness.lamps);
    return harness;
  }

  it('shows idle, ringing while 1002 rings, busy once answered, idle after BYE', async () => {
    const lab = current();
    const { agent } = await watcher();
    const invitations: Invitation[] = [];
    const callee = new AgentHarness(labConfig(lab, user('1002')), {
      sessionDescriptionHandlerFactory: cannedMedia,
      delegate: {
        onRegistration: () => undefined,
        onInvite: (_id, invitation) => {
          invitations.push(invitation);
          void invitation.progress();
        },
      },
    });
    agents.push(callee);
    callee.agent.register();
    await expect.poll(() => callee.agent.registration.state, { timeout: 8000 }).toBe('registered');

    const lamps = lampsFor(agent, [{ id: 7, target: '1002', accountId: agent.agent.accountId }]);
    lamps.lamps.registrationChanged(agent.agent.accountId, 'registered');
    expect(lamps.lamp().lamp).toBe('pending');
    // the first NOTIFY may list old terminated dialogs; they must not light the lamp
    await lamps.waitFor('idle');

    const caller = await SipWsClient.connect(lab.wsUrl, { timeoutMs: 8000 });
    clients.push(caller);
    const carol = user('1003');
    const callId = `blf-lamp-${Date.now()}@lab`;
    const answered = caller.requestWithAuth(
      {
        method: 'INVITE',
        requestUri: lab.aor('1002'),
        from: lab.aor('1003'),
        to: lab.aor('1002'),
        callId,
        fromTag: 'blf-lamp-tag',
        headers: [`Contact: <${caller.contactUri}>`, 'Content-Type: application/sdp'],
        body: SDP,
      },
      { username: carol.username, password: carol.password },
    );
    await expect.poll(() => invitations.length, { timeout: 8000 }).toBe(1);
    expect(await lamps.waitFor('ringing')).toEqual({ lamp: 'ringing', called: true });

    await invitations[0]!.accept();
    const ok: SipMessage = await answered;
    expect(ok.status).toBe(200);
    await lamps.waitFor('busy');

    const routes = (ok.headers.get('record-route') ?? []).flatMap((v) => v.split(/,(?=\s*<)/)).reverse();
    const inDialog = {
      requestUri: uriOf(header(ok, 'contact')),
      from: lab.aor('1003'),
      to: lab.aor('1002'),
      callId,
      fromTag: 'blf-lamp-tag',
      toTag: tagOf(header(ok, 'to'))!,
      headers: routes.map((route) => `Route: ${route.trim()}`),
    };
    const cseq = Number.parseInt(header(ok, 'cseq') ?? '1', 10);
    caller.send({ ...inDialog, method: 'ACK', cseq });
    expect((await caller.request({ ...inDialog, method: 'BYE', cseq: cseq + 1 })).status).toBe(200);
    await lamps.waitFor('idle');
    expect(lamps.history).toEqual(expect.arrayContaining(['pending', 'idle', 'ringing', 'busy']));
  });

  it('sends no SUBSCRIBE and shows off while "Use BLF" is off', async () => {
    const { agent, subscribes } = await watcher();
    const lamps = lampsFor(agent, [{ id: 1, target: '1002', accountId: agent.agent.accountId }]);
    lamps.settings['functions.useBlf'] = false;
    lamps.lamps.registrationChanged(agent.agent.accountId, 'registered');
    expect(lamps.lamp()).toEqual({ lamp: 'off' });
    expect(subscribes).toEqual([]);
    // the same set-up with BLF on does subscribe, so the count above could have caught one
    lamps.settings['functions.useBlf'] = true;
    lamps.lamps.reconcile();
    expect(subscribes).toHaveLength(1);
    expect(subscribes[0]).toContain('sip:1002@');
    await lamps.waitFor('idle');
    lamps.settings['functions.useBlf'] = false;
    lamps.lamps.reconcile();
    expect(lamps.lamp()).toEqual({ lamp: 'off' });
  });

  it('goes off when the registration drops and subscribes again after re-registering', async () => {
    const lab = current();
    // the agent's delegate is fixed at construction, before the lamps exist
    const late: { lamps?: LampHarness } = {};
    const states: string[] = [];
    const agent = new AgentHarness(labConfig(lab, user('1001')), {
      delegate: {
        onRegistration: (id, status) => {
          states.push(status.state);
          late.lamps?.lamps.registrationChanged(id, status.state);
        },
      },
    });
    agents.push(agent);
    const lamps = lampsFor(agent, [{ id: 5, target: '1002', accountId: agent.agent.accountId }]);
    late.lamps = lamps;
    agent.agent.register();
    await lamps.waitFor('idle');
    await lab.restart();
    await lamps.waitFor('off', 10_000);
    await lamps.waitFor('idle', 15_000);
    expect(states.slice(-1)).toEqual(['registered']);
    expect(lamps.history).toEqual(expect.arrayContaining(['idle', 'off', 'pending']));
  });

  it('fails with the PBX status when the target is refused, and does not retry by itself', async () => {
    const { agent, subscribes } = await watcher();
    const lamps = lampsFor(agent, [
      { id: 3, target: 'sip:1002@blocked.example', accountId: agent.agent.accountId },
    ]);
    lamps.lamps.registrationChanged(agent.agent.accountId, 'registered');
    const failed = await lamps.waitFor('failed');
    expect(failed.lampError).toMatch(/403/);
    const sent = subscribes.length;
    lamps.lamps.reconcile();
    expect(subscribes).toHaveLength(sent);
    // a new registration tries again (and fails again)
    lamps.lamps.registrationChanged(agent.agent.accountId, 'registered');
    expect(lamps.lamp().lamp).toBe('pending');
    expect(subscribes.length).toBeGreaterThan(sent);
    await lamps.waitFor('failed');
  });
});
