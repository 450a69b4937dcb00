import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
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
  it('grants only media and notifications', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    const answers: Record<string, boolean> = {};
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'usb',
    ]) {
      session.permissionRequest!(null, permission, (granted: boolean) => (answers[permission] = granted));
    }
    expect(answers).toEqual({
      media: true,
      notifications: true,
      geolocation: false,
      'clipboard-read': false,
      openExternal: false,
      usb: false,
    });
    expect(session.permissionCheck!(null, 'hid')).toBe(false);
  });

  it('adds a strict CSP to every response', () => {
    const session = new FakeSession();
    hardenSession(session as never);
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
    hardenWebContents(contents as unknown as WebContents, (url) => url.startsWith('file:///app/'));
    expect(contents.windowOpenHandler!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('file:///app/index.html')).toBe(false);
  });
});
