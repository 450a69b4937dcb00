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
  const appPage = 'file:///app/out/renderer/index.html';
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

  it('refuses every permission to another origin or another file', () => {
    const { request, check } = hardened();
    for (const requestingUrl of ['https://evil.example/', 'file:///tmp/other.html', 'not a url', '']) {
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
    hardenSession(session as never, appUrlMatcher('file:///app/index.html'));
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

describe('hardenWebContents', () => {
  it('denies new windows and navigation away from the app', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, appUrlMatcher('file:///app/index.html'));
    expect(contents.windowOpenHandler!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('file:///app/index.html')).toBe(false);
    expect(navigate('file:///app/other.html')).toBe(true);
  });
});
