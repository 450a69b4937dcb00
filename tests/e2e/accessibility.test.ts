import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireLab } from '../lab/secret-service';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import type { WebShellProcess } from './support/web-shell-process';
import { startWebShell } from './support/web-shell-process';

describe('accessibility (axe-core) and keyboard', () => {
  requireLab();
  const temp = makeTempDir('softphone-a11y-');
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let shell: WebShellProcess;

  beforeAll(async () => {
    ({ browser, close: closeBrowser } = await launchChromium());
    shell = await startWebShell(join(temp.dir, 'data'));
  });
  afterAll(async () => {
    await shell?.stop();
    await closeBrowser?.();
    temp.cleanup();
  });

  async function mainWindowWithoutAccount(locale: string, colorScheme: 'light' | 'dark'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 420, height: 720 }, locale, colorScheme });
    const page = await context.newPage();
    await page.goto(shell.url);
    await expect.poll(() => page.getByTestId('first-run-manual').isVisible()).toBe(true);
    await page.getByTestId('first-run-manual').click();
    await page.getByTestId('close-account-editor').click();
    await expect.poll(() => page.getByTestId('search-input').isVisible()).toBe(true);
    return page;
  }

  for (const locale of ['en-US', 'de-DE'])
    for (const scheme of ['light', 'dark'] as const)
      it(`the main window without an account and settings: ${locale}, ${scheme}`, async () => {
        const page = await mainWindowWithoutAccount(locale, scheme);
        // the app follows the browser's language and colour scheme here, so this is really de/dark
        expect(await page.evaluate('document.documentElement.lang')).toBe(locale.slice(0, 2));
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(scheme);
        expect(await seriousViolations(page)).toEqual([]);
        // one level-1 heading; keys are named with what they show (WCAG 2.5.3, label in name)
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.getByTestId('keypad-2').getAttribute('aria-label')).toBe('2 ABC');
        expect(await page.getByTestId('keypad-star').getAttribute('aria-label')).toMatch(/^\* /);
        await page.getByTestId('open-settings').click();
        await expect.poll(() => page.getByTestId('settings-search').isVisible()).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      });

  it('an alert does not stay in its live region once it has been read', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 720 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(shell.url);
    await expect.poll(() => page.getByTestId('first-run-manual').isVisible()).toBe(true);
    await page.getByTestId('first-run-manual').click();
    // an account saved without its domain: the editor alerts what is wrong
    await page.getByTestId('account-save').click();
    await expect.poll(() => page.getByTestId('live-alert').textContent()).not.toBe('');
    await page.clock.runFor(16_000);
    await expect.poll(() => page.getByTestId('live-alert').textContent()).toBe('');
    await context.close();
  });

  it('digits typed anywhere go to the dial field; the keypad is one Tab stop with arrows', async () => {
    const page = await mainWindowWithoutAccount('en-US', 'light');
    const focused = () => page.evaluate(`document.activeElement && document.activeElement.dataset.testid`);
    await page.evaluate(`document.activeElement && document.activeElement.blur()`);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('search-input');
    await page.getByTestId('keypad-5').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('keypad-6');
    await page.keyboard.press('End');
    expect(await focused()).toBe('keypad-hash');
    expect(await page.locator('.keypad__key[tabindex="0"]').count()).toBe(1);
    await page.keyboard.type('+49#');
    expect(await focused()).toBe('search-input');
    expect(await page.getByTestId('search-input').inputValue()).toBe('+49#');
    await page.context().close();
  });
});
