import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  appUrlMatcher,
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../../../../src/main/shell/electron/security';
import { FakeSession, FakeWebContents } from './fake-electron';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('hardenSession', () => {
  const appPage = 'app://softphone/index.html';
  const hardened = () => {
    const session = new FakeSession();
    hardenSession(session as never, appUrlMatcher(appPage));
    const request = (permission: string, details: Record<string, unknown>, contents: unknown = null) => {
      let granted: boolean | undefined;
      session.permissionRequest!(contents, permission, (g: boolean) => (granted = g), details);
      return granted;
    };
    const check = (permission: string, details: Record<string, unknown>, contents: unknown = null) =>
      session.permissionCheck!(contents, permission, 'file://', details);
    return { request, check };
  };

  it("grants the app's own page the microphone, notifications and speaker choice, and nothing else", () => {
    const { request, check } = hardened();
    const own = { requestingUrl: `${appPage}#/calls`, isMainFrame: true };
    expect(request('media', { ...own, mediaTypes: ['audio'] })).toBe(true);
    expect(request('notifications', own)).toBe(true);
    expect(request('speaker-selection', own)).toBe(true);
    for (const permission of ['geolocation', 'clipboard-read', 'openExternal', 'usb', 'display-capture'])
      expect(request(permission, own)).toBe(false);
    expect(check('media', { ...own, mediaType: 'audio' })).toBe(true);
    expect(check('notifications', own)).toBe(true);
    expect(check('hid', own)).toBe(false);
  });

  it('refuses the camera, or audio and video together, even to its own page', () => {
    const { request, check } = hardened();
    const own = { requestingUrl: appPage, isMainFrame: true };
    expect(request('media', { ...own, mediaTypes: ['video'] })).toBe(false);
    expect(request('media', { ...own, mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(request('media', { ...own, mediaTypes: [] })).toBe(false);
    expect(request('media', own)).toBe(false);
    expect(check('media', { ...own, mediaType: 'video' })).toBe(false);
    expect(check('media', { ...own, mediaType: 'unknown' })).toBe(false);
  });

  it('refuses every permission to another origin or any file', () => {
    const { request, check } = hardened();
    for (const requestingUrl of [
      'https://evil.example/',
      'app://other/index.html',
      'file:///tmp/other.html',
      'file:///app/out/renderer/index.html',
      'not a url',
      '',
    ]) {
      const foreign = { requestingUrl, isMainFrame: false };
      expect(request('media', { ...foreign, mediaTypes: ['audio'] })).toBe(false);
      expect(request('notifications', foreign)).toBe(false);
      expect(check('media', { ...foreign, mediaType: 'audio' })).toBe(false);
      expect(check('speaker-selection', foreign)).toBe(false);
    }
    // Without a requesting URL the contents' own URL decides.
    const page = (url: string) => ({ getURL: () => url });
    expect(check('notifications', { isMainFrame: true }, page(appPage))).toBe(true);
    expect(check('notifications', { isMainFrame: true }, page('https://evil.example/'))).toBe(false);
    expect(check('notifications', { isMainFrame: true })).toBe(false);
  });

  it('adds a strict CSP to every response', () => {
    const session = new FakeSession();
    hardenSession(session as never, appUrlMatcher('app://softphone/index.html'));
    let headers: Record<string, string[]> = {};
    session.headersReceived!(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r: { responseHeaders: Record<string, string[]> }) => {
        headers = r.responseHeaders;
      },
    );
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });
});

describe('appUrlMatcher', () => {
  it("the app:// page: any path of the app's origin, nothing else", () => {
    const isApp = appUrlMatcher('app://softphone/index.html');
    for (const url of ['app://softphone/index.html', 'app://softphone/index.html#/calls', 'app://softphone/'])
      expect(isApp(url), url).toBe(true);
    for (const url of [
      'app://softphone.evil.example/index.html',
      'app://other/index.html',
      'app:///index.html',
      'https://softphone/index.html',
      'file:///app/out/renderer/index.html',
      'file://softphone/index.html',
      'not a url',
      '',
      undefined,
    ])
      expect(isApp(url), String(url)).toBe(false);
  });

  it("the dev server's origin, port included", () => {
    const isApp = appUrlMatcher('http://localhost:5173/');
    expect(isApp('http://localhost:5173/#/settings')).toBe(true);
    expect(isApp('http://localhost:5174/')).toBe(false);
    expect(isApp('https://localhost:5173/')).toBe(false);
  });

  it('never a file:// URL, even if one was asked for (the app loads nothing from file://)', () => {
    const isApp = appUrlMatcher('file:///app/out/renderer/index.html');
    expect(isApp('file:///app/out/renderer/index.html')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const hardened = () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, appUrlMatcher('app://softphone/index.html'));
    const prevented = (event: string, url: string, details: Record<string, unknown> = {}) => {
      let wasPrevented = false;
      contents.emit(event, { preventDefault: () => (wasPrevented = true), ...details }, url);
      return wasPrevented;
    };
    return { contents, prevented };
  };

  it('denies new windows and navigation away from the app', () => {
    const { contents, prevented } = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(prevented(event, 'https://evil.example/'), event).toBe(true);
      expect(prevented(event, 'file:///etc/passwd'), event).toBe(true);
      expect(prevented(event, 'file:///app/out/renderer/index.html'), event).toBe(true);
      expect(prevented(event, 'app://other/index.html'), event).toBe(true);
      expect(prevented(event, 'app://softphone/index.html'), event).toBe(false);
      expect(prevented(event, 'app://softphone/index.html#/history'), event).toBe(false);
    }
  });

  it('a frame may navigate within app:// only (will-frame-navigate)', () => {
    const { prevented } = hardened();
    const frame = (url: string, isMainFrame: boolean) =>
      prevented('will-frame-navigate', '', { url, isMainFrame });
    for (const isMainFrame of [true, false]) {
      expect(frame('app://softphone/index.html', isMainFrame)).toBe(false);
      expect(frame('file:///app/out/renderer/index.html', isMainFrame)).toBe(true);
      expect(frame('app://evil/index.html', isMainFrame)).toBe(true);
      expect(frame('https://evil.example/', isMainFrame)).toBe(true);
    }
  });
});
