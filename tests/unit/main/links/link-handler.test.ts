import { describe, expect, it } from 'vitest';
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

function setup(overrides: Partial<LinkHandlerOptions> & { confirm?: boolean } = {}) {
  const dialled: { target: string; secure: boolean }[] = [];
  const emitted: Emitted[] = [];
  const logger = new RecordingLogger();
  const clock = { now: 1_000 };
  let ids = 0;
  const settings = { confirm: overrides.confirm ?? false };
  const handler = new LinkHandler({
    dial: (target, { secure }) => {
      dialled.push({ target, secure });
      return Promise.resolve();
    },
    confirmFirst: () => settings.confirm,
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
  return { handler, dialled, emitted, logger, clock, settings };
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
    const { handler, dialled } = setup();
    await handler.ready();
    expect(
      await handler.handle('sips:bob@pbx.example.com;transport=tls?Subject=x', 'second-instance'),
    ).toEqual({
      outcome: 'dialled',
    });
    expect(dialled).toEqual([{ target: 'sips:bob@pbx.example.com', secure: true }]);
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
      await expect(handler.confirm('link-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
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
});
