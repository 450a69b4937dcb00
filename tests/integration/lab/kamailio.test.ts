import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type KamailioLab } from '../../lab/kamailio';
import { requireLab } from '../../lab/secret-service';
import { registerOnce, SipWsClient } from '../../lab/sip-ws-client';

describe('lab Kamailio', { timeout: 20_000 }, () => {
  requireLab();
  let lab: KamailioLab | undefined;

  beforeAll(async () => {
    lab = await startKamailio();
  }, 30_000);

  afterAll(async () => {
    await lab?.stop();
  }, 15_000);

  const current = (): KamailioLab => {
    if (!lab) throw new Error('Kamailio did not start');
    return lab;
  };

  it('registers over ws with the right password', async () => {
    const { wsUrl, domain, users } = current();
    const user = users[0]!;
    expect(await registerOnce(wsUrl, { user: user.username, password: user.password, domain })).toBe(200);
  });

  it('refuses a wrong password, so authentication is really on', async () => {
    const { wsUrl, domain, users } = current();
    const status = await registerOnce(wsUrl, {
      user: users[1]!.username,
      password: 'wrong-password',
      domain,
    });
    expect([401, 403]).toContain(status);
  });

  it('challenges a REGISTER without credentials instead of accepting it', async () => {
    const { wsUrl, domain, users } = current();
    const client = await SipWsClient.connect(wsUrl);
    try {
      const aor = `sip:${users[0]!.username}@${domain}`;
      const response = await client.request({
        method: 'REGISTER',
        requestUri: `sip:${domain}`,
        from: aor,
        to: aor,
        headers: [`Contact: <sip:x@${client.viaHost};transport=ws>`, 'Expires: 60'],
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')?.[0]).toMatch(/qop="auth"/);
    } finally {
      await client.close();
    }
  });

  it('refuses to register one user with another user’s credentials', async () => {
    const { wsUrl, domain, users } = current();
    const other = users[1]!;
    const status = await registerOnce(wsUrl, {
      user: users[2]!.username,
      authUser: other.username,
      password: other.password,
      domain,
    });
    expect(status).not.toBe(200);
  });

  it('registers over wss when the generated certificate is trusted', async () => {
    const { wssUrl, domain, users, caCertPem } = current();
    const user = users[2]!;
    expect(
      await registerOnce(wssUrl, { user: user.username, password: user.password, domain, ca: caCertPem }),
    ).toBe(200);
  });

  it('refuses a wrong password over wss too', async () => {
    const { wssUrl, domain, users, caCertPem } = current();
    const status = await registerOnce(wssUrl, {
      user: users[0]!.username,
      password: 'nope',
      domain,
      ca: caCertPem,
    });
    expect([401, 403]).toContain(status);
  });

  it('does not connect over wss without trusting the certificate', async () => {
    await expect(SipWsClient.connect(current().wssUrl, { timeoutMs: 3000 })).rejects.toThrow(
      /self[- ]signed|certificate/i,
    );
  });

  it('answers an OPTIONS keepalive', async () => {
    const { wsUrl, domain } = current();
    const client = await SipWsClient.connect(wsUrl);
    try {
      expect(await client.options(domain)).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('registers again after restart()', async () => {
    const lab = current();
    const { wsUrl, wssUrl } = lab;
    await lab.restart();
    expect(lab.wsUrl).toBe(wsUrl);
    expect(lab.wssUrl).toBe(wssUrl);
    const user = lab.users[0]!;
    expect(
      await registerOnce(lab.wsUrl, { user: user.username, password: user.password, domain: lab.domain }),
    ).toBe(200);
    const status = await registerOnce(lab.wsUrl, {
      user: user.username,
      password: 'wrong',
      domain: lab.domain,
    });
    expect([401, 403]).toContain(status);
  });

  it('comes back after kill() and restart()', async () => {
    const lab = current();
    const user = lab.users[1]!;
    await lab.kill();
    // nothing listens any more: the connection itself fails
    await expect(
      registerOnce(lab.wsUrl, {
        user: user.username,
        password: user.password,
        domain: lab.domain,
        timeoutMs: 1000,
      }),
    ).rejects.toThrow();
    await lab.restart();
    expect(
      await registerOnce(lab.wsUrl, { user: user.username, password: user.password, domain: lab.domain }),
    ).toBe(200);
  });
});
