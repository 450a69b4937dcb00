import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallView } from '../../src/shared/contract';
import { linkFailureMessages } from '../../src/shared/links/link-contract';
import { parseCallLink } from '../../src/shared/links/parse-call-link';
import type { TestServer } from '../lab/https-server';
import { startHttpServer } from '../lab/https-server';
import type { KamailioLab } from '../lab/kamailio';
import { startKamailio } from '../lab/kamailio';
import { requireLab } from '../lab/secret-service';
import { SipWsClient } from '../lab/sip-ws-client';
import { makeTempDir } from '../support/temp-dir';
import { PhoneSession } from './support/phone-session';
import { stopAll } from './support/web-shell-process';

const shots = '/tmp/shots-desktop';

/**
 * Headless Chromium shows no notifications anyone could observe, so the page gets a Notification
 * class that records what it is asked to show and close (the permission is granted by the context too).
 */
const recordNotifications = `(() => {
  const shown = [];
  window.__notifications = shown;
  class RecordingNotification {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options = {}) {
      this.title = title;
      this.body = options.body;
      this.tag = options.tag;
      this.requireInteraction = options.requireInteraction;
      this.closed = false;
      this.onclick = null;
      shown.push(this);
    }
    close() { this.closed = true; }
  }
  window.Notification = RecordingNotification;
})()`;

interface Recorded {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  closed: boolean;
}

async function notifications(page: Page): Promise<Recorded[]> {
  const list = await page.evaluate(
    `(window.__notifications || []).map((n) => ({ title: n.title, body: n.body, tag: n.tag, requireInteraction: n.requireInteraction, closed: n.closed }))`,
  );
  return list as Recorded[];
}

/**
 * Screenshots of the link dialog as it stands, narrow and wide, English and German, light and dark;
 * the language, theme and window size are put back afterwards.
 */
async function shootEveryLook(phone: PhoneSession, name: string, titles: { en: string; de: string }) {
  const { page, client } = phone;
  const title = page.getByTestId('link-confirm').locator('h2');
  try {
    for (const language of ['en', 'de'] as const) {
      await client.request('settings.set', { key: 'gui.appearance.language', value: language });
      await expect.poll(() => title.textContent()).toBe(titles[language]);
      for (const theme of ['light', 'dark'] as const) {
        await client.request('settings.set', { key: 'gui.appearance.theme', value: theme });
        await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 720 });
          await page.screenshot({ path: join(shots, `${name}-${width}-${language}-${theme}.png`) });
        }
      }
    }
  } finally {
    await client.request('settings.set', { key: 'gui.appearance.language', value: 'system' });
    await client.request('settings.set', { key: 'gui.appearance.theme', value: 'system' });
    await page.setViewportSize({ width: 420, height: 720 });
  }
}

function withLink(home: string, uri: string): string {
  const url = new URL(home);
  url.searchParams.set('link', uri);
  return url.toString();
}

describe('desktop integration in the web shell', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-desktop-');
  let lab: KamailioLab;
  let a: PhoneSession;
  let b: PhoneSession;
  let server: TestServer;
  let home = '';

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lab = await startKamailio();
    a = new PhoneSession('A', '1001', 440, temp.dir);
    b = new PhoneSession('B', '1002', 880, temp.dir);
    await Promise.all([a.start(lab), b.start(lab)]);
    home = a.page.url();
    server = await startHttpServer({
      routes: {
        '/blf.json': {
          body: JSON.stringify({
            format: 'softphone-provisioning',
            version: 1,
            blfKeys: [
              { label: 'Phone B', target: '1002' },
              { label: 'Reception', target: '1003' },
            ],
          }),
          contentType: 'application/json',
        },
      },
    });
  });
  afterAll(async () => {
    await stopAll([a?.stop(), b?.stop(), server?.stop()]);
    await lab?.stop();
    temp.cleanup();
  });
  afterEach(async () => {
    for (const phone of [a, b]) {
      for (const call of await phone.client.request('calls.list', {})) {
        if (call.state !== 'ended')
          await phone.client.request('calls.hangup', { callId: call.id }).catch(() => undefined);
      }
    }
    for (const phone of [a, b]) {
      await expect
        .poll(async () => (await phone.client.request('calls.list', {})).every((c) => c.state === 'ended'))
        .toBe(true);
    }
  });

  /** Every state a call on `phone` went through from now on, by the events main sends. */
  /** Calls that appear from now on; an earlier test's call that ends meanwhile is not one of them. */
  async function recordCalls(phone: PhoneSession): Promise<{ seen: CallView[]; stop: () => void }> {
    const seen: CallView[] = [];
    const earlier = new Set<string>();
    const stop = phone.client.on('calls.changed', ({ calls }) =>
      seen.push(...calls.filter((call) => !earlier.has(call.id))),
    );
    for (const call of await phone.client.request('calls.list', {})) earlier.add(call.id);
    seen.splice(0, seen.length, ...seen.filter((call) => !earlier.has(call.id)));
    return { seen, stop };
  }

  it('a tel: link in the address asks first, then calls; the parameter leaves the address bar', async () => {
    await a.client.request('settings.set', { key: 'functions.automation.confirmLinkDial', value: true });
    await a.page.goto(withLink(home, 'tel:1002'));
    const dialog = a.page.getByTestId('link-confirm');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await a.page.getByTestId('link-confirm-target').textContent()).toContain('1002');
    expect(a.page.url()).not.toContain('link=');
    expect(a.page.url()).toContain('token=');
    // A link comes from elsewhere: focus starts on Cancel, not on Call.
    expect(await a.page.evaluate(`document.activeElement.dataset.testid`)).toBe('link-confirm-cancel');
    await a.page.screenshot({ path: join(shots, 'link-dialog.png') });

    await a.page.getByTestId('link-confirm-call').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => b.page.getByTestId('incoming-accept').isVisible(), { timeout: 10_000 })
      .toBe(true);
    // leave no call behind for the next test
    for (const call of await a.client.request('calls.list', {})) {
      if (call.state !== 'ended') await a.client.request('calls.hangup', { callId: call.id });
    }
    await expect
      .poll(async () => (await a.client.request('calls.list', {})).every((c) => c.state === 'ended'))
      .toBe(true);
  });

  it('Cancel in the link dialog dials nothing', async () => {
    const calls = await recordCalls(a);
    try {
      await a.page.goto(withLink(home, 'tel:1002'));
      await expect.poll(() => a.page.getByTestId('link-confirm').isVisible()).toBe(true);
      await a.page.keyboard.press('Escape');
      await expect.poll(() => a.page.getByTestId('link-confirm').isVisible()).toBe(false);
      expect((await a.client.request('links.listPending', {})).links).toEqual([]);
      expect(calls.seen).toEqual([]);
    } finally {
      calls.stop();
    }
  });

  it('a hostile javascript: link shows the refusal and dials nothing', async () => {
    const hostile = 'javascript:alert(1)';
    const parsed = parseCallLink(hostile);
    expect(parsed.ok).toBe(false);
    const expected = parsed.ok ? '' : linkFailureMessages[parsed.code].en;
    const dialogs: string[] = [];
    a.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const calls = await recordCalls(a);
    try {
      await a.page.goto(withLink(home, hostile));
      await expect.poll(() => a.page.getByTestId('link-refused-text').textContent()).toBe(expected);
      expect(await a.page.getByTestId('link-confirm').count()).toBe(0);
      expect(calls.seen).toEqual([]);
      expect(dialogs).toEqual([]);
      await a.page.screenshot({ path: join(shots, 'link-refused.png') });
      await a.page.getByTestId('link-refused-dismiss').click();
      await expect.poll(() => a.page.getByTestId('link-refused').count()).toBe(0);
    } finally {
      calls.stop();
      a.page.removeAllListeners('dialog');
    }
  });

  it('a sip: link to another host asks even with "Ask before a link dials" off; Enter and Cancel dial nothing', async () => {
    await a.client.request('settings.set', { key: 'functions.automation.confirmLinkDial', value: false });
    const dialog = a.page.getByTestId('link-confirm');
    const calls = await recordCalls(a);
    try {
      await a.page.goto(withLink(home, 'sip:1002@evil.example.net;transport=tcp'));
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await a.page.getByTestId('link-confirm-question').textContent()).toBe(
        'Call 1002 at evil.example.net?',
      );
      expect(await a.page.getByTestId('link-confirm-outside').textContent()).toBe(
        `This address is outside your company's phone system (${lab.domain}).`,
      );
      expect(await a.page.getByTestId('link-confirm-host').textContent()).toBe('evil.example.net');
      expect(await a.page.getByTestId('link-confirm-uri').textContent()).toBe('sip:1002@evil.example.net');
      expect(await a.page.getByTestId('link-confirm-call').textContent()).toBe('Call anyway');
      await shootEveryLook(a, 'link-outside', {
        en: 'Call outside your phone system?',
        de: 'Außerhalb Ihrer Telefonanlage anrufen?',
      });
      // Focus is on Cancel, so an Enter meant for something else does not dial.
      expect(await a.page.evaluate(`document.activeElement.dataset.testid`)).toBe('link-confirm-cancel');
      await a.page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect((await a.client.request('links.listPending', {})).links).toEqual([]);

      // callto: with a SIP address follows the same rule; Cancel by mouse.
      await a.page.goto(withLink(home, 'callto:1002@evil.example.net'));
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await a.page.getByTestId('link-confirm-uri').textContent()).toBe('sip:1002@evil.example.net');
      await a.page.getByTestId('link-confirm-cancel').click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect((await a.client.request('links.listPending', {})).links).toEqual([]);
      expect(calls.seen).toEqual([]);
    } finally {
      calls.stop();
    }
  });

  it('a sip: link to the account’s own host dials at once with the setting off', async () => {
    await a.client.request('settings.set', { key: 'functions.automation.confirmLinkDial', value: false });
    await a.page.goto(withLink(home, `sip:1002@${lab.domain}`));
    await expect
      .poll(() => b.page.getByTestId('incoming-accept').isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await a.page.getByTestId('link-confirm').count()).toBe(0);
  });

  it('offers to open tel: and sip: links with the page, reporting what the browser said', async () => {
    await a.page.goto(home);
    await a.page.getByTestId('register-link-handler').click();
    await expect
      .poll(
        async () =>
          `${await a.page.getByTestId('live-status').textContent()}${await a.page.getByTestId('live-alert').textContent()}`,
      )
      .toMatch(/tel: and sip: links/);
  });

  it('do not disturb: a call from B ends busy (486) and nothing rings at A', async () => {
    await a.page.goto(home);
    await a.page.getByTestId('presence-button').click();
    await expect.poll(() => a.page.getByTestId('presence-menu').isVisible()).toBe(true);
    await a.page.screenshot({ path: join(shots, 'presence-menu.png') });
    await a.page.getByTestId('presence-dnd').click();
    await expect.poll(() => a.page.getByTestId('presence-button').getAttribute('data-state')).toBe('dnd');
    expect(await a.page.getByTestId('presence-button').textContent()).toContain('Do not disturb');
    expect((await a.client.request('presence.get', {})).state).toBe('dnd');
    await a.page.screenshot({ path: join(shots, 'status-bar-dnd.png') });

    const calls = await recordCalls(a);
    try {
      await b.page.goto(b.page.url());
      await b.page.getByTestId('search-input').fill('1001');
      await b.page.getByTestId('call-button').click();
      await expect
        .poll(() => b.page.getByTestId('call-end-reason').textContent(), { timeout: 10_000 })
        .toBe('Busy');
      expect(await b.page.getByTestId('call-end-detail').textContent()).toMatch(/^SIP 486\b/);
      expect(calls.seen.filter((call) => call.state === 'incoming')).toEqual([]);
      expect(await a.page.getByTestId('incoming-accept').count()).toBe(0);
    } finally {
      calls.stop();
      // Back by keyboard: the menu opens with the arrow key and focuses the current choice.
      await a.page.getByTestId('presence-button').focus();
      await a.page.keyboard.press('ArrowDown');
      await expect.poll(() => a.page.evaluate(`document.activeElement.dataset.testid`)).toBe('presence-dnd');
      await a.page.keyboard.press('Home');
      await a.page.keyboard.press('Enter');
      await expect.poll(async () => (await a.client.request('presence.get', {})).state).toBe('available');
    }
  });

  it('notifications: an incoming call shows one naming the caller, closed when answered or ended', async () => {
    const context = a.page.context();
    await context.grantPermissions(['notifications'], { origin: new URL(home).origin });
    await context.addInitScript(recordNotifications);
    await a.page.goto(home);
    await expect.poll(() => a.page.getByTestId('search-input').isVisible()).toBe(true);

    // Answered.
    await b.page.getByTestId('search-input').fill('1001');
    await b.page.getByTestId('call-button').click();
    await expect.poll(async () => (await notifications(a.page)).length, { timeout: 10_000 }).toBe(1);
    const [first] = await notifications(a.page);
    expect(`${first?.title} ${first?.body}`).toContain('1002');
    expect(first).toMatchObject({ requireInteraction: true, closed: false });
    await a.page.getByTestId('incoming-accept').click();
    await expect.poll(async () => (await notifications(a.page))[0]?.closed).toBe(true);
    for (const call of await a.client.request('calls.list', {}))
      if (call.state !== 'ended') await a.client.request('calls.hangup', { callId: call.id });
    await expect
      .poll(async () => (await b.client.request('calls.list', {})).every((c) => c.state === 'ended'))
      .toBe(true);

    // Ended by the caller before anyone answered.
    await b.page.getByTestId('search-input').fill('1001');
    await b.page.getByTestId('call-button').click();
    await expect
      .poll(async () => (await notifications(a.page)).filter((n) => n.requireInteraction).length, {
        timeout: 10_000,
      })
      .toBe(2);
    const ringing = (await notifications(a.page)).filter((n) => n.requireInteraction)[1];
    expect(ringing?.closed).toBe(false);
    expect(ringing?.tag).not.toBe(first?.tag);
    await b.page.getByTestId('call-hangup').click();
    await expect
      .poll(async () => (await notifications(a.page)).find((n) => n.tag === ringing?.tag)?.closed)
      .toBe(true);
  });

  it('audio devices: a headset plugged in and out notifies once each way', async () => {
    const context = a.page.context();
    await context.grantPermissions(['notifications'], { origin: new URL(home).origin });
    await context.addInitScript(recordNotifications);
    await a.page.goto(home);
    await expect.poll(() => a.page.getByTestId('search-input').isVisible()).toBe(true);
    // Chromium's fake devices cannot be plugged: the page's device list stands in for the OS's, and
    // the page tells the media engine the way the OS would, with a devicechange event.
    const plug = (headset: boolean) =>
      a.page.evaluate(`(() => {
        const devices = navigator.mediaDevices;
        devices.__chromiumList ??= devices.enumerateDevices.bind(devices);
        const headset = [
          { deviceId: 'hs-in', kind: 'audioinput', label: 'Jabra Evolve 65', groupId: 'g2' },
          { deviceId: 'hs-out', kind: 'audiooutput', label: 'Jabra Evolve 65', groupId: 'g2' },
        ];
        devices.enumerateDevices = async () => [...(await devices.__chromiumList()), ...(${headset} ? headset : [])];
        devices.dispatchEvent(new Event('devicechange'));
      })()`);
    const deviceNotifications = async () =>
      (await notifications(a.page)).filter((n) => n.title.startsWith('Audio device'));
    await plug(true);
    await expect.poll(async () => (await deviceNotifications()).length).toBe(1);
    expect((await deviceNotifications())[0]).toMatchObject({
      title: 'Audio device connected',
      body: 'Jabra Evolve 65',
    });
    await plug(false);
    await expect
      .poll(async () => (await deviceNotifications()).map((n) => n.title))
      .toEqual(['Audio device connected', 'Audio device disconnected']);
  });

  it('voicemail: the PBX reports new messages; the account shows the count and a notification pops up', async () => {
    const context = a.page.context();
    await context.grantPermissions(['notifications'], { origin: new URL(home).origin });
    await context.addInitScript(recordNotifications);
    await a.page.goto(home);
    // The main window is drawn from main's answers: the page is connected and will get the notification.
    await expect.poll(() => a.page.getByTestId('search-input').isVisible()).toBe(true);
    const [account] = await a.client.request('accounts.list', {});
    if (!account) throw new Error('phone A has no account');
    // The lab's voicemail system publishes A's mailbox state; Kamailio notifies A's MWI subscription.
    const voicemail = await SipWsClient.connect(lab.wsUrl);
    const publish = (summary: string) =>
      voicemail.requestWithAuth(
        {
          method: 'PUBLISH',
          requestUri: lab.aor('1001'),
          from: lab.aor(lab.voicemailUser.username),
          to: lab.aor('1001'),
          headers: [
            'Event: message-summary',
            'Expires: 120',
            'Content-Type: application/simple-message-summary',
          ],
          body: summary,
        },
        lab.voicemailUser,
      );
    try {
      expect((await publish('Messages-Waiting: yes\r\nVoice-Message: 2/1 (0/0)\r\n')).status).toBe(200);
      const badge = a.page.getByTestId(`account-voicemail-badge-${account.id}`);
      await expect.poll(() => badge.isVisible()).toBe(true);
      expect(await badge.textContent()).toBe('2');
      const mailboxNotifications = async () =>
        (await notifications(a.page)).filter((n) => n.title === 'New voicemail');
      await expect.poll(async () => (await mailboxNotifications()).length).toBe(1);
      expect((await mailboxNotifications())[0]?.body).toBe('2 new messages');
      await a.page.screenshot({ path: join(shots, 'voicemail-badge.png') });

      // Listened to: the count goes, and nothing more pops up.
      expect((await publish('Messages-Waiting: no\r\nVoice-Message: 0/3 (0/0)\r\n')).status).toBe(200);
      await expect
        .poll(async () => (await a.client.request('accounts.list', {}))[0]?.voicemail)
        .toEqual({ waiting: false, newMessages: 0, oldMessages: 3 });
      await expect.poll(() => badge.count()).toBe(0);
      expect(await mailboxNotifications()).toHaveLength(1);
    } finally {
      await voicemail.close();
    }
  });

  it('compact mode: no call window, a menu bar for a selected contact, and back to the full window', async () => {
    const contact = await a.client.request('contacts.add', {
      fields: {
        firstName: 'Berta',
        lastName: 'Beispiel',
        displayName: '',
        company: 'Lab',
        department: '',
        email: '',
        phones: [{ type: 'work', number: '1002' }],
      },
    });
    await a.page.goto(home);
    await a.page.getByTestId('open-settings').click();
    await a.page.getByTestId('settings-section-appearance').click();
    await a.page.getByTestId('setting-gui.appearance.compactMode').check();
    await expect
      .poll(async () => (await a.client.request('settings.get', {})).values['gui.appearance.compactMode'])
      .toBe(true);
    await a.page.getByTestId('close-settings').click();
    await expect.poll(() => a.page.getByTestId('compact-leave').isVisible()).toBe(true);

    // Selecting a contact shows the menu bar; it does not call.
    const calls = await recordCalls(a);
    await a.page.getByTestId(`contact-select-${contact.id}`).click();
    await expect.poll(() => a.page.getByTestId('compact-menu').isVisible()).toBe(true);
    expect(await a.page.getByTestId('compact-menu').textContent()).toContain('Berta Beispiel');
    expect(await a.page.getByTestId('compact-menu-message').getAttribute('aria-disabled')).toBe('true');
    expect(await a.page.getByTestId('compact-menu-message').getAttribute('title')).toContain('not available');
    expect(calls.seen).toEqual([]);
    calls.stop();
    await a.page.screenshot({ path: join(shots, 'compact-menu.png') });

    // Call from the menu bar: the call shows in the call bar, the call window stays closed.
    await a.page.getByTestId('compact-menu-call').click();
    await expect
      .poll(() => b.page.getByTestId('incoming-accept').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await b.page.getByTestId('incoming-accept').click();
    await expect.poll(() => a.page.getByTestId('call-bar').isVisible()).toBe(true);
    expect(await a.page.getByTestId('call-window').count()).toBe(0);
    await a.page.screenshot({ path: join(shots, 'compact-call.png') });

    // The status bar's control returns to the full window, with the call in it.
    await a.page.getByTestId('compact-leave').click();
    await expect
      .poll(async () => (await a.client.request('settings.get', {})).values['gui.appearance.compactMode'])
      .toBe(false);
    await expect.poll(() => a.page.getByTestId('call-window').isVisible()).toBe(true);
    await a.page.screenshot({ path: join(shots, 'full-window-call.png') });
  });

  it('collapse on hang-up: ending a call with the call window open switches to compact mode', async () => {
    // Turned on only after the reload: the page of the previous test could otherwise see the setting
    // arrive together with that test's hang-up and collapse before this test starts.
    await a.page.goto(home);
    await a.waitUntilRegistered();
    await a.client.request('settings.set', { key: 'gui.behaviour.collapseOnHangup', value: true });
    try {
      expect((await a.client.request('settings.get', {})).values['gui.appearance.compactMode']).toBe(false);
      await a.page.getByTestId('search-input').fill('1002');
      await a.page.getByTestId('call-button').click();
      await expect
        .poll(() => a.page.getByTestId('call-window').isVisible())
        .toBe(true)
        .catch(async (error: unknown) => {
          const dialError = await a.page
            .getByTestId('dial-error')
            .textContent({ timeout: 500 })
            .catch(() => '');
          const compact = await a.page.getByTestId('compact-leave').isVisible();
          const calls = await a.client.request('calls.list', {});
          throw new Error(
            `no call window; dial error "${dialError}", compact ${compact}, calls ${JSON.stringify(calls)}; ${String(error)}`,
          );
        });
      // hang up once B rings, so the call is certainly up and ends by our hang-up
      await expect
        .poll(() => b.page.getByTestId('incoming-accept').isVisible(), { timeout: 10_000 })
        .toBe(true);
      await a.page.getByTestId('call-hangup').click();
      await expect
        .poll(async () => (await a.client.request('settings.get', {})).values['gui.appearance.compactMode'])
        .toBe(true);
      await expect.poll(() => a.page.getByTestId('compact-leave').isVisible()).toBe(true);
      await a.page.getByTestId('compact-leave').click();
      await expect.poll(() => a.page.getByTestId('compact-enter').isVisible()).toBe(true);
    } finally {
      await a.client.request('settings.set', { key: 'gui.behaviour.collapseOnHangup', value: false });
      await a.client.request('settings.set', { key: 'gui.appearance.compactMode', value: false });
    }
  });

  it('BLF keys: listed from provisioning with their lamps; a key calls its target and its lamp shows the call', async () => {
    await a.client.request('settings.set', { key: 'functions.provisioning.allowInsecureHttp', value: true });
    await a.client.request('provisioning.run', { url: `${server.url}/blf.json` });
    await a.waitUntilRegistered();
    await a.page.goto(home);
    await a.page.getByTestId('tab-blf').click();
    await expect.poll(() => a.page.getByTestId('blf-list').textContent()).toContain('Phone B');
    const keys = await a.client.request('blf.list', {});
    const phoneB = keys.find((key) => key.label === 'Phone B');
    expect(phoneB?.target).toBe('1002');
    const button = a.page.getByTestId(`blf-key-${phoneB?.id}`);
    // Known far-end state first: the previous test cancelled a call to B while it rang; once B has no
    // call left, the PBX's dialog for it is over and the lamp must say free.
    await expect
      .poll(async () => (await b.client.request('calls.list', {})).every((c) => c.state === 'ended'))
      .toBe(true);
    await expect.poll(() => button.getAttribute('data-lamp'), { timeout: 10_000 }).toBe('idle');
    expect(await button.getAttribute('aria-label')).toBe('Phone B, 1002, Free');
    expect(await button.getAttribute('title')).toBe('Call Phone B');
    await a.page.screenshot({ path: join(shots, 'blf-list.png') });

    await button.focus();
    await a.page.keyboard.press('Enter');
    await expect
      .poll(() => b.page.getByTestId('incoming-accept').isVisible(), { timeout: 10_000 })
      .toBe(true);
    // The PBX reports B's call back to A's lamp: ringing, then busy once B answers.
    await a.page.getByTestId('call-show-main').click();
    await a.page.getByTestId('tab-blf').click();
    await expect
      .poll(() => a.page.getByTestId(`blf-key-${phoneB?.id}`).getAttribute('data-lamp'))
      .toBe('ringing');
    await b.page.getByTestId('incoming-accept').click();
    await expect
      .poll(() => a.page.getByTestId(`blf-key-${phoneB?.id}`).getAttribute('data-lamp'))
      .toBe('busy');
    await a.page.screenshot({ path: join(shots, 'blf-busy.png') });
  });
});
