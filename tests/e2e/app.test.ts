import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireLab } from '../lab/secret-service';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium, newPage } from './support/browser';
import type { WebShellProcess } from './support/web-shell-process';
import { startWebShell } from './support/web-shell-process';

/** Settings are one click away on the set-up form (a fresh install) and in the main window. */
async function openSettings(page: Page): Promise<void> {
  const firstRun = page.getByTestId('first-run-settings');
  await expect
    .poll(async () => (await firstRun.isVisible()) || (await page.getByTestId('open-settings').isVisible()))
    .toBe(true);
  if (await firstRun.isVisible()) await firstRun.click();
  else await page.getByTestId('open-settings').click();
}

describe('the app in the web shell', () => {
  requireLab();
  const temp = makeTempDir('softphone-e2e-');
  const dataDir = join(temp.dir, 'data');
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let shell: WebShellProcess | undefined;

  beforeAll(async () => {
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await shell?.stop();
    await closeBrowser?.();
    temp.cleanup();
  });

  it('a fresh install opens on the set-up form; "set up manually" leads to the main window', async () => {
    shell = await startWebShell(dataDir);
    const context = await newPage(browser);
    const page = await context.newPage();
    await page.goto(shell.url);
    await expect.poll(() => page.getByTestId('first-run-url').isVisible()).toBe(true);
    await page.getByTestId('first-run-manual').click();
    await expect.poll(() => page.getByTestId('account-editor').isVisible()).toBe(true);
    await page.getByTestId('close-account-editor').click();
    await expect.poll(() => page.getByTestId('search-input').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('add-account').isVisible()).toBe(true);
    await page.getByTestId('keypad-1').click();
    await page.getByTestId('keypad-hash').click();
    expect(await page.getByTestId('search-input').inputValue()).toBe('1#');
    await context.close();
  });

  it('Ctrl+F in settings finds "STUN server"', async () => {
    const context = await newPage(browser, { width: 900, height: 700 });
    const page = await context.newPage();
    await page.goto(shell!.url);
    await openSettings(page);
    await page.keyboard.press('Control+f');
    await expect
      .poll(() =>
        page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')"),
      )
      .toBe('settings-search');
    await page.keyboard.type('STUN server');
    await expect.poll(() => page.getByTestId('setting-advanced.stun.server').isVisible()).toBe(true);
    // A field that doesn't match is filtered away.
    expect(await page.getByTestId('setting-gui.appearance.theme').count()).toBe(0);
    await context.close();
  });

  it('keeps a setting changed in the UI across a restart of the web shell', async () => {
    const openStunField = async (url: string) => {
      const context = await newPage(browser, { width: 900, height: 700 });
      const page = await context.newPage();
      await page.goto(url);
      await openSettings(page);
      await page.getByTestId('settings-search').fill('STUN server');
      return { context, field: page.getByTestId('setting-advanced.stun.server') };
    };
    const first = await openStunField(shell!.url);
    await first.field.fill('stun.example.com:3478');
    await first.field.press('Enter');
    // A second window of the same shell reads the value back from main: then it is stored.
    const check = await openStunField(shell!.url);
    await expect.poll(() => check.field.inputValue()).toBe('stun.example.com:3478');
    await first.context.close();
    await check.context.close();
    await shell!.stop();

    shell = await startWebShell(dataDir);
    const after = await openStunField(shell.url);
    await expect.poll(() => after.field.inputValue()).toBe('stun.example.com:3478');
    await after.context.close();
  });

  it('refuses an invalid value with a message naming the field, in German too', async () => {
    const context = await newPage(browser, { width: 900, height: 700 });
    const page = await context.newPage();
    await page.goto(shell!.url);
    await openSettings(page);
    await page.getByTestId('settings-search').fill('STUN');
    const port = page.getByTestId('setting-advanced.stun.port');
    await port.fill('70000');
    await port.press('Enter');
    await expect
      .poll(() => page.getByTestId('setting-advanced.stun.port-error').textContent())
      .toMatch(/STUN/);
    await page.getByTestId('settings-search').fill('Language');
    await page.getByTestId('setting-gui.appearance.language').selectOption('de');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('de');
    await page.getByTestId('settings-search').fill('STUN');
    await port.fill('0');
    await port.press('Enter');
    await expect
      .poll(() => page.getByTestId('setting-advanced.stun.port-error').textContent())
      .toMatch(/STUN-Server-Port|STUN/);
    await page.getByTestId('settings-search').fill('Sprache');
    await page.getByTestId('setting-gui.appearance.language').selectOption('system');
    await context.close();
  });
});
