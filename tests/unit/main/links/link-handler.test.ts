import { describe, expect, it } from 'vitest';
import type { DiallingAccount } from '../../../../src/main/links/dialling-account';
import type { LinkHandlerOptions } from '../../../../src/main/links/link-handler';
import { LinkHandler, maxPendingLinks, maxQueuedLinks } from '../../../../src/main/links/link-handler';
import { ContractError } from '../../../../src/shared/contract/errors';
import type { LinkEvents, LinkRefused } from '../../../../src/shared/links/link-contract';
import { linkEvents } from '../../../../src/shared/links/link-contract';
import { RecordingLogger } from './fakes';

interface Emitted {
  event: keyof LinkEvents;
  payload: LinkEvents[keyof LinkEvents];
}

interface Dialled {
  target: string;
  secure: boolean;
  accountId?: string;
}

/** The account that dials unless a test says otherwise: registered at example.com. */
const office: DiallingAccount = { id: 'acc-office', domain: 'example.com' };

function setup(
  overrides: Partial<LinkHandlerOptions> & { confirm?: boolean; account?: DiallingAccount | undefined } = {},
) {
  const dialled: Dialled[] = [];
  const emitted: Emitted[] = [];
  const logger = new RecordingLogger();
  const clock = { now: 1_000 };
  let ids = 0;
  const settings = { confirm: overrides.confirm ?? false };
  const accounts = { dialling: 'account' in overrides ? overrides.account : office };
  const handler = new LinkHandler({
    dial: (target, { secure, accountId }) => {
      dialled.push(accountId === undefined ? { target, secure } : { target, secure, accountId });
      return Promise.resolve();
    },
    confirmFirst: () => settings.confirm,
    diallingAccount: () => accounts.dialling,
    emit: (event, payload) => {
      // Everything the handler emits must pass the contract's schema, as the shells will check.
      linkEvents[event].parse(payload);
      emitted.push({ event, payload });
    },
    logger,
    newId: () => `link-${++ids}`,
    now: () => clock.now,
    pendingTtlMs: 60_000,
    ...overrides,
  });
  return { handler, dialled, emitted, logger, clock, settings, accounts };
}

function refusals(emitted: Emitted[]): LinkRefused[] {
  return emitted.filter((e) => e.event === 'links.refused').map((e) => e.payload as LinkRefused);
}

describe('LinkHandler', () => {
  it('queues links that arrive before ready() and handles them then, in order, once each', async () => {
    const { handler, dialled, emitted } = setup();
    expect(await handler.handle('tel:+49 30 123456', 'argv')).toEqual({ outcome: 'queued' });
    expect(await handler.handle('callto:201', 'open-url')).toEqual({ outcome: 'queued' });
    // macOS may deliver the argv link again as open-url: still one call.
    expect(await handler.handle('tel:+49 30 123456', 'open-url')).toEqual({ outcome: 'queued' });
    expect(await handler.handle('javascript:alert(1)', 'argv')).toEqual({ outcome: 'queued' });
    expect(dialled).toEqual([]);
    expect(emitted).toEqual([]);

    const outcomes = await handler.ready();
    expect(outcomes.map((o) => o.outcome)).toEqual(['dialled', 'dialled', 'refused']);
    expect(dialled).toEqual([
      { target: '+4930123456', secure: false },
      { target: '201', secure: false },
    ]);
    expect(refusals(emitted).map((r) => r.code)).toEqual(['UNKNOWN_SCHEME']);
    expect(await handler.ready()).toEqual([]);
    expect(dialled).toHaveLength(2);
  });

  it('bounds the start queue', async () => {
    const { handler, dialled } = setup();
    for (let i = 0; i < maxQueuedLinks; i++) await handler.handle(`tel:${100 + i}`, 'argv');
    expect(await handler.handle('tel:999', 'argv')).toMatchObject({ outcome: 'refused', code: 'TOO_MANY' });
    await handler.ready();
    expect(dialled).toHaveLength(maxQueuedLinks);
    expect(dialled.map((d) => d.target)).not.toContain('999');
  });

  it('dials at once after ready(), keeping sips secure', async () => {
    const { handler, dialled } = setup({ account: { id: 'acc-pbx', domain: 'pbx.example.com' } });
    await handler.ready();
    expect(
      await handler.handle('sips:bob@pbx.example.com;transport=tls?Subject=x', 'second-instance'),
    ).toEqual({
      outcome: 'dialled',
    });
    expect(dialled).toEqual([{ target: 'sips:bob@pbx.example.com', secure: true, accountId: 'acc-pbx' }]);
  });

  it('waits until an account can dial before dialling', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { handler, dialled } = setup({ whenDialable: () => gate });
    await handler.ready();
    const outcome = handler.handle('tel:201', 'argv');
    await Promise.resolve();
    expect(dialled).toEqual([]);
    release();
    expect(await outcome).toEqual({ outcome: 'dialled' });
    expect(dialled).toEqual([{ target: '201', secure: false }]);
  });

  it('refuses hostile links with a message event and logs them without the link', async () => {
    const { handler, dialled, emitted, logger } = setup();
    await handler.ready();
    const hostile = 'sip:alice:hunter2@example.com\u202e';
    expect(await handler.handle(hostile, 'web')).toMatchObject({
      outcome: 'refused',
      code: 'CONTROL_CHARACTERS',
    });
    expect(await handler.handle('sip:alice:hunter2@example.com', 'web')).toMatchObject({
      code: 'CREDENTIALS',
    });
    expect(await handler.handle('tel:+49%0D%0AVia: x', 'argv')).toMatchObject({ code: 'CONTROL_CHARACTERS' });
    expect(dialled).toEqual([]);
    expect(refusals(emitted).map((r) => r.code)).toEqual([
      'CONTROL_CHARACTERS',
      'CREDENTIALS',
      'CONTROL_CHARACTERS',
    ]);
    const log = logger.lines.join('\n');
    expect(log).toContain('refused (CREDENTIALS)');
    expect(log).toContain('scheme sip');
    expect(log).not.toContain('hunter2');
    expect(log).not.toContain('Via');
  });

  it('reports a failed dial with the call manager message, or a generic one for unexpected errors', async () => {
    const failing = setup({
      dial: () =>
        Promise.reject(new ContractError('UNAVAILABLE', 'No registered account can place the call.')),
    });
    await failing.handler.ready();
    expect(await failing.handler.handle('tel:201', 'argv')).toEqual({
      outcome: 'refused',
      code: 'DIAL_FAILED',
      message: 'No registered account can place the call.',
    });
    expect(refusals(failing.emitted)).toHaveLength(1);

    const coded = setup({
      dial: () =>
        Promise.reject(new ContractError('UNAVAILABLE', 'No account.', undefined, { key: 'dial.noAccount' })),
    });
    await coded.handler.ready();
    expect(await coded.handler.handle('tel:201', 'argv')).toEqual({
      outcome: 'refused',
      code: 'DIAL_FAILED',
      message: 'No account.',
      text: { key: 'dial.noAccount' },
    });
    expect(refusals(coded.emitted)[0]).toMatchObject({ text: { key: 'dial.noAccount' } });

    const broken = setup({ dial: () => Promise.reject(new Error('internal stack detail')) });
    await broken.handler.ready();
    const outcome = await broken.handler.handle('tel:201', 'argv');
    expect(outcome).toMatchObject({ outcome: 'refused', code: 'DIAL_FAILED' });
    expect(JSON.stringify(outcome)).not.toContain('internal stack detail');
  });

  describe('with "Ask before a link dials" on', () => {
    it('announces the link and dials only after confirm()', async () => {
      const { handler, dialled, emitted } = setup({ confirm: true });
      await handler.ready();
      expect(await handler.handle('tel:+49-30-123456;ext=12', 'open-url')).toEqual({
        outcome: 'pending',
        id: 'link-1',
      });
      expect(dialled).toEqual([]);
      const pending = {
        id: 'link-1',
        scheme: 'tel',
        display: '+49-30-123456',
        target: '+4930123456',
        secure: false,
        isPhoneNumber: true,
        extension: '12',
        origin: 'open-url',
      };
      expect(emitted).toEqual([{ event: 'links.pending', payload: { links: [pending] } }]);
      expect(handler.listPending()).toEqual([pending]);

      expect(await handler.confirm('link-1')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([{ target: '+4930123456', secure: false }]);
      expect(emitted.at(-1)).toEqual({ event: 'links.pending', payload: { links: [] } });
      // A second confirmation (double click, another window) does not dial twice.
      await expect(handler.confirm('link-1')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'This link is no longer waiting for confirmation.',
        text: { key: 'links.notWaiting' },
      });
      expect(dialled).toHaveLength(1);
    });

    it('drops the link on cancel()', async () => {
      const { handler, dialled, emitted } = setup({ confirm: true });
      await handler.ready();
      await handler.handle('sip:alice@example.com', 'second-instance');
      expect(handler.cancel('link-1')).toEqual({ id: 'link-1', cancelled: true });
      expect(handler.cancel('link-1')).toEqual({ id: 'link-1', cancelled: false });
      expect(handler.listPending()).toEqual([]);
      expect(emitted.at(-1)).toEqual({ event: 'links.pending', payload: { links: [] } });
      await expect(handler.confirm('link-1')).rejects.toBeInstanceOf(ContractError);
      expect(dialled).toEqual([]);
    });

    it('refuses a confirmation that comes after the link expired', async () => {
      const { handler, dialled, emitted, clock } = setup({ confirm: true });
      await handler.ready();
      await handler.handle('tel:201', 'argv');
      clock.now += 60_000;
      expect(await handler.confirm('link-1')).toMatchObject({ outcome: 'refused', code: 'EXPIRED' });
      expect(refusals(emitted).map((r) => r.code)).toEqual(['EXPIRED']);
      expect(dialled).toEqual([]);
    });

    it('forgets expired links when listing and keeps at most a few waiting', async () => {
      const { handler, clock } = setup({ confirm: true });
      await handler.ready();
      await handler.handle('tel:201', 'argv');
      clock.now += 60_000;
      expect(handler.listPending()).toEqual([]);
      for (let i = 0; i < maxPendingLinks + 2; i++) await handler.handle(`tel:${300 + i}`, 'web');
      const waiting = handler.listPending();
      expect(waiting).toHaveLength(maxPendingLinks);
      expect(waiting[0]?.target).toBe('302');
    });

    it('reads the setting for every link', async () => {
      const { handler, dialled, settings } = setup({ confirm: true });
      await handler.ready();
      expect(await handler.handle('tel:201', 'web')).toMatchObject({ outcome: 'pending' });
      settings.confirm = false;
      expect(await handler.handle('tel:202', 'web')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([{ target: '202', secure: false }]);
    });

    it('refuses hostile links without asking', async () => {
      const { handler, emitted } = setup({ confirm: true });
      await handler.ready();
      expect(await handler.handle('file:///etc/passwd', 'web')).toMatchObject({ code: 'UNKNOWN_SCHEME' });
      expect(emitted.map((e) => e.event)).toEqual(['links.refused']);
    });
  });

  describe("SIP addresses and the dialling account's domain", () => {
    it('dials tel: and callto: numbers at once, through the account calls.dial picks', async () => {
      const { handler, dialled, emitted } = setup({ account: undefined });
      await handler.ready();
      expect(await handler.handle('tel:+49 30 123456', 'open-url')).toEqual({ outcome: 'dialled' });
      expect(await handler.handle('callto:+4930123456', 'argv')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([
        { target: '+4930123456', secure: false },
        { target: '+4930123456', secure: false },
      ]);
      expect(emitted).toEqual([]);
    });

    it("dials a sip: link to the account's own host at once, through that account", async () => {
      const { handler, dialled, emitted } = setup({ account: { id: 'acc-1', domain: 'Example.COM:5060' } });
      await handler.ready();
      expect(await handler.handle('sip:alice@example.com', 'web')).toEqual({ outcome: 'dialled' });
      // Case, a trailing dot and the port do not make it another host.
      expect(await handler.handle('sip:bob@EXAMPLE.com.:5080', 'web')).toEqual({ outcome: 'dialled' });
      expect(await handler.handle('sips:carol@example.com', 'web')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([
        { target: 'alice@example.com', secure: false, accountId: 'acc-1' },
        { target: 'bob@example.com.:5080', secure: false, accountId: 'acc-1' },
        { target: 'sips:carol@example.com', secure: true, accountId: 'acc-1' },
      ]);
      expect(emitted).toEqual([]);
    });

    it('asks before a sip: link to another host, with the setting off, naming user, host and domain', async () => {
      const { handler, dialled, emitted, logger } = setup();
      await handler.ready();
      expect(await handler.handle('sip:alice@evil.example.net;transport=tcp', 'web')).toEqual({
        outcome: 'pending',
        id: 'link-1',
      });
      expect(dialled).toEqual([]);
      const [pending] = handler.listPending();
      expect(pending).toMatchObject({
        target: 'alice@evil.example.net',
        address: { user: 'alice', host: 'evil.example.net', accountDomain: 'example.com', outside: true },
      });
      expect(emitted).toEqual([{ event: 'links.pending', payload: { links: [pending] } }]);
      expect(logger.lines.join('\n')).toContain('outside the account domain');
      expect(logger.lines.join('\n')).not.toContain('evil.example.net');

      expect(await handler.confirm('link-1')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([{ target: 'alice@evil.example.net', secure: false, accountId: 'acc-office' }]);
    });

    it('cancel() drops a link to another host without dialling', async () => {
      const { handler, dialled } = setup();
      await handler.ready();
      await handler.handle('sips:bob@pbx.evil.example.net', 'open-url');
      expect(handler.cancel('link-1')).toEqual({ id: 'link-1', cancelled: true });
      expect(handler.listPending()).toEqual([]);
      expect(dialled).toEqual([]);
    });

    it('asks for another host whatever the setting says, and the setting still asks for the own host', async () => {
      const { handler, dialled, settings } = setup({ confirm: true });
      await handler.ready();
      await handler.handle('sip:alice@example.com', 'web');
      await handler.handle('sip:mallory@evil.example.net', 'web');
      expect(handler.listPending().map((link) => link.address?.outside)).toEqual([false, true]);
      settings.confirm = false;
      expect(await handler.handle('sip:mallory@evil.example.net', 'web')).toMatchObject({
        outcome: 'pending',
      });
      expect(await handler.handle('sip:alice@example.com', 'web')).toEqual({ outcome: 'dialled' });
      expect(dialled.map((d) => d.target)).toEqual(['alice@example.com']);
    });

    it('applies the host rule to callto: links that carry a SIP address', async () => {
      const { handler, dialled } = setup();
      await handler.ready();
      for (const link of [
        'callto:sip:alice@evil.example.net',
        'callto:alice@evil.example.net',
        'callto://sips:alice@evil.example.net/',
      ]) {
        expect(await handler.handle(link, 'argv'), link).toMatchObject({ outcome: 'pending' });
      }
      expect(handler.listPending().map((link) => link.address?.host)).toEqual([
        'evil.example.net',
        'evil.example.net',
        'evil.example.net',
      ]);
      expect(await handler.handle('callto:sip:alice@example.com', 'argv')).toEqual({ outcome: 'dialled' });
      expect(await handler.handle('callto:bob@example.com', 'argv')).toEqual({ outcome: 'dialled' });
      expect(dialled.map((d) => d.target)).toEqual(['alice@example.com', 'bob@example.com']);
    });

    it('treats a subdomain or a parent domain of the account as another host', async () => {
      const { handler, dialled } = setup({ account: { id: 'acc-1', domain: 'pbx.example.com' } });
      await handler.ready();
      expect(await handler.handle('sip:alice@example.com', 'web')).toMatchObject({ outcome: 'pending' });
      expect(await handler.handle('sip:alice@evil.pbx.example.com', 'web')).toMatchObject({
        outcome: 'pending',
      });
      expect(await handler.handle('sip:alice@pbx.example.com.evil.net', 'web')).toMatchObject({
        outcome: 'pending',
      });
      expect(dialled).toEqual([]);
    });

    it("asks before a number at another host's gateway (sip: with user=phone)", async () => {
      const { handler, dialled } = setup();
      await handler.ready();
      await handler.handle('sip:+1-900-555-0100@gw.evil.example.net;user=phone', 'web');
      expect(handler.listPending()[0]?.address).toEqual({
        user: '+1-900-555-0100',
        host: 'gw.evil.example.net',
        accountDomain: 'example.com',
        outside: true,
      });
      expect(dialled).toEqual([]);
    });

    it('compares with the account that registers while the link waits, and dials through it', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { handler, dialled, accounts } = setup({ account: undefined, whenDialable: () => gate });
      await handler.ready();
      const outcome = handler.handle('sip:alice@example.com', 'argv');
      await Promise.resolve();
      accounts.dialling = office;
      release();
      expect(await outcome).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([{ target: 'alice@example.com', secure: false, accountId: 'acc-office' }]);
    });

    it('asks when no account is registered to compare with, naming no domain', async () => {
      const { handler, dialled } = setup({ account: undefined });
      await handler.ready();
      expect(await handler.handle('sip:alice@example.com', 'argv')).toMatchObject({ outcome: 'pending' });
      expect(handler.listPending()[0]?.address).toEqual({
        user: 'alice',
        host: 'example.com',
        outside: true,
      });
      expect(await handler.confirm('link-1')).toEqual({ outcome: 'dialled' });
      expect(dialled).toEqual([{ target: 'alice@example.com', secure: false }]);
    });

    it('a confirmed link dials through the account its host was checked against', async () => {
      const { handler, dialled, accounts } = setup();
      await handler.ready();
      await handler.handle('sip:alice@evil.example.net', 'web');
      accounts.dialling = { id: 'acc-other', domain: 'evil.example.net' };
      await handler.confirm('link-1');
      expect(dialled).toEqual([{ target: 'alice@evil.example.net', secure: false, accountId: 'acc-office' }]);
    });
  });
});
