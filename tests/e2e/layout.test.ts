import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KamailioLab } from '../lab/kamailio';
import { startKamailio } from '../lab/kamailio';
import { requireLab } from '../lab/secret-service';
import { makeTempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { ContractClient } from './support/contract-client';
import { findClipping } from './support/layout-check';
import { PhoneSession } from './support/phone-session';
import type { WebShellProcess } from './support/web-shell-process';
import { startWebShell, stopAll } from './support/web-shell-process';

/** Screenshots for people to look at; .vitest-reports is not committed. */
const shots = resolve('.vitest-reports/screenshots/layout');
const csvFile = join(import.meta.dirname, 'fixtures', 'contacts-utf8-semicolon.csv');

const sizes = [
  { width: 360, height: 640 },
  { width: 420, height: 720 },
  { width: 1280, height: 800 },
] as const;
const languages = ['en', 'de'] as const;
const themes = ['light', 'dark'] as const;

interface Look {
  size: (typeof sizes)[number];
  language: (typeof languages)[number];
  theme: (typeof themes)[number];
}

function looks(): Look[] {
  return sizes.flatMap((size) =>
    languages.flatMap((language) => themes.map((theme) => ({ size, language, theme }))),
  );
}

function lookName({ size, language, theme }: Look): string {
  return `${size.width}x${size.height}-${language}-${theme}`;
}

/** Sets language and theme through the app's own settings and waits until the page shows them. */
async function applyLook(page: Page, client: ContractClient, look: Look): Promise<void> {
  await page.setViewportSize(look.size);
  await client.request('settings.set', { key: 'gui.appearance.language', value: look.language });
  await client.request('settings.set', { key: 'gui.appearance.theme', value: look.theme });
  await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe(look.theme);
  await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(look.language);
}

/**
 * Every look of one screen: a screenshot each, and the clipping problems of all looks together, so
 * that one failure lists everything at once.
 */
async function checkEveryLook(
  page: Page,
  client: ContractClient,
  screen: string,
  mustShow: string[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const look of looks()) {
    await applyLook(page, client, look);
    // Two frames so that layout after the language and size change has settled.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    await page.screenshot({ path: join(shots, `${screen}-${lookName(look)}.png`) });
    for (const problem of await findClipping(page, mustShow))
      problems.push(`${screen} ${lookName(look)}: ${problem}`);
    // the accessibility audit (issue #13) on every screen, language and theme, at one size
    if (look.size.width >= 1000)
      for (const violation of await seriousViolations(page))
        problems.push(`${screen} ${lookName(look)}: axe ${violation}`);
  }
  return problems;
}

/** The background colour an element has while the pointer is over it, and without. */
async function hoverBackground(
  page: Page,
  testId: string,
): Promise<{ rest: string; hover: string; expected: string }> {
  const button = page.getByTestId(testId);
  await page.mouse.move(0, 0);
  const background = `getComputedStyle(document.querySelector('[data-testid="${testId}"]')).backgroundColor`;
  const rest = await page.evaluate(background);
  await button.hover();
  const hover = await page.evaluate(background);
  // --color-call-hover resolved to a colour by a probe element.
  const expected = await page.evaluate(`(() => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--color-call-hover)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  })()`);
  await page.mouse.move(0, 0);
  return { rest: rest as string, hover: hover as string, expected: expected as string };
}

describe('layout: nothing clipped at phone, small and large window sizes', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-layout-');
  let lab: KamailioLab;
  let a: PhoneSession;
  let b: PhoneSession;
  let bare: WebShellProcess | undefined;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lab = await startKamailio();
    a = new PhoneSession('A', '1001', 440, temp.dir);
    b = new PhoneSession('B', '1002', 880, temp.dir);
    await Promise.all([a.start(lab), b.start(lab)]);
  });
  afterAll(async () => {
    for (const phone of [a, b]) {
      await phone?.client.request('settings.set', { key: 'gui.appearance.language', value: 'system' });
      await phone?.client.request('settings.set', { key: 'gui.appearance.theme', value: 'system' });
    }
    await stopAll([a?.stop(), b?.stop(), bare?.stop()]);
    await lab?.stop();
    temp.cleanup();
  });

  it('the main window without an account loads without a failed request and shows its Call button', async () => {
    bare = await startWebShell(join(temp.dir, 'data-bare'));
    const client = await ContractClient.connect(bare.url);
    const page = await a.page.context().newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(bare.url);
      await expect.poll(() => page.getByTestId('first-run-manual').isVisible()).toBe(true);
      await page.getByTestId('first-run-manual').click();
      await page.getByTestId('close-account-editor').click();
      await expect.poll(() => page.getByTestId('add-account').isVisible()).toBe(true);
      expect(failed).toEqual([]);
      const problems = await checkEveryLook(page, client, 'no-account', ['call-button', 'search-input']);
      expect(problems.join('\n')).toBe('');
    } finally {
      client.close();
      await page.close();
    }
  });

  it('the main window with two accounts, with the keypad shown and hidden; Call keeps its green on hover', async () => {
    const { page, client } = a;
    const second = lab.users.find((u) => u.username === '1003');
    await client.request('accounts.create', {
      settings: {
        'account.name': 'Zweitkonto Vertrieb',
        'credentials.domain': lab.domain,
        'credentials.userName': second?.username ?? '1003',
        'optionalCredentials.wsUrl': lab.wsUrl,
      },
      password: second?.password ?? '',
    });
    await expect.poll(() => page.getByTestId('dial-account').isVisible()).toBe(true);
    await page.getByTestId('search-input').fill('1002');

    const problems = await checkEveryLook(page, client, 'main', ['call-button', 'search-input']);
    const keypad = page.getByTestId('keypad-toggle');
    if ((await keypad.getAttribute('aria-expanded')) !== 'true') await keypad.click();
    problems.push(
      ...(await checkEveryLook(page, client, 'main-keypad', ['call-button', 'keypad-1', 'keypad-hash'])),
    );
    expect(problems.join('\n')).toBe('');

    for (const theme of themes) {
      await applyLook(page, client, { size: sizes[1], language: 'en', theme });
      const colours = await hoverBackground(page, 'call-button');
      expect(colours.hover, `Call on hover, ${theme}`).toBe(colours.expected);
      expect(colours.hover).not.toBe(colours.rest);
    }
    await page.getByTestId('search-input').fill('');
  });

  it('settings', async () => {
    const { page, client } = a;
    await page.getByTestId('open-settings').click();
    await expect.poll(() => page.getByTestId('close-settings').isVisible()).toBe(true);
    const problems = await checkEveryLook(page, client, 'settings', ['close-settings']);
    await page.getByTestId('close-settings').click();
    expect(problems.join('\n')).toBe('');
  });

  it('the CSV import dialog with a file chosen', async () => {
    const { page, client } = a;
    await page.getByTestId('contact-import').click();
    await page.getByTestId('csv-file').setInputFiles(csvFile);
    await expect.poll(() => page.getByTestId('csv-preview').isVisible()).toBe(true);
    const problems = await checkEveryLook(page, client, 'csv', ['csv-file']);
    await page.keyboard.press('Escape');
    expect(problems.join('\n')).toBe('');
  });

  it('an incoming call (Accept keeps its green on hover) and the call window of an answered call', async () => {
    await a.page.getByTestId('search-input').fill('1002');
    await a.page.getByTestId('call-button').click();
    await expect.poll(() => b.page.getByTestId('incoming-accept').isVisible()).toBe(true);
    const problems = await checkEveryLook(b.page, b.client, 'incoming', [
      'incoming-accept',
      'incoming-reject',
    ]);
    for (const theme of themes) {
      await applyLook(b.page, b.client, { size: sizes[1], language: 'en', theme });
      const colours = await hoverBackground(b.page, 'incoming-accept');
      expect(colours.hover, `Accept on hover, ${theme}`).toBe(colours.expected);
    }
    await b.page.getByTestId('incoming-accept').click();
    await expect.poll(() => a.page.getByTestId('call-hangup').isVisible()).toBe(true);
    problems.push(...(await checkEveryLook(a.page, a.client, 'call', ['call-hangup', 'call-hold'])));
    await a.page.getByTestId('call-hangup').click();
    expect(problems.join('\n')).toBe('');
  });
});
