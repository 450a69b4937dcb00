import { describe, expect, it } from 'vitest';
import { listenForRedirect } from '../../../../../src/main/contacts/oauth/loopback-redirect';

const base = { expectedState: 'good-state', serviceName: 'Google Contacts', timeoutMs: 60_000 };

describe('listenForRedirect', () => {
  it('listens on 127.0.0.1 and resolves the code once the right state arrives', async () => {
    const listener = await listenForRedirect(base);
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const wrongPath = await fetch(new URL('/favicon.ico', listener.redirectUri));
    expect(wrongPath.status).toBe(404);
    const forged = await fetch(`${listener.redirectUri}?code=evil&state=other`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Starten Sie die Anmeldung im Softphone erneut');

    const answer = await fetch(`${listener.redirectUri}?code=the-code&state=good-state`);
    expect(answer.status).toBe(200);
    const page = await answer.text();
    expect(page).toContain('You can close this window');
    expect(page).toContain('Sie können dieses Fenster schließen');
    await expect(listener.code).resolves.toBe('the-code');
    await expect(fetch(listener.redirectUri)).rejects.toThrow(); // one-shot: closed now
  });

  it('reports a declined consent without echoing arbitrary error text', async () => {
    const listener = await listenForRedirect(base);
    await fetch(`${listener.redirectUri}?error=access_denied&state=good-state`);
    await expect(listener.code).rejects.toMatchObject({
      code: 'auth',
      message: expect.stringContaining('not granted') as string,
      text: { key: 'cloud.accessDenied' },
    });

    const other = await listenForRedirect(base);
    await fetch(`${other.redirectUri}?error=${encodeURIComponent('<script>x</script>')}&state=good-state`);
    const failure = (await other.code.catch((e: unknown) => e)) as Error;
    expect(failure.message).toContain('(unknown)');
    expect(failure.message).not.toContain('script');
    expect(failure).toMatchObject({ text: { key: 'cloud.browserFailed', params: { code: 'unknown' } } });
  });

  it('ends on close() and after its timeout', async () => {
    const listener = await listenForRedirect({ ...base, timeoutMs: 60_000 * 5 });
    listener.close();
    await expect(listener.code).rejects.toMatchObject({
      code: 'cancelled',
      text: { key: 'cloud.cancelled' },
    });

    const slow = await listenForRedirect({ ...base, timeoutMs: 20 });
    await expect(slow.code).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('Start the sign-in again') as string,
      text: { key: 'cloud.browserTimeout', params: { minutes: 0 } },
    });
  });

  it('is aborted by its signal', async () => {
    const controller = new AbortController();
    const listener = await listenForRedirect({ ...base, signal: controller.signal });
    controller.abort();
    await expect(listener.code).rejects.toMatchObject({ code: 'cancelled' });
  });
});
