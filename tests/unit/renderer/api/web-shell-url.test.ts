import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../../../src/renderer/api/reconnect-backoff';
import { webShellSocketUrl, webShellToken } from '../../../../src/renderer/api/web-shell-url';

describe('webShellSocketUrl', () => {
  it('connects to /ws on the serving host with the token from the page address', () => {
    const location = { protocol: 'http:', host: '127.0.0.1:7070', search: '?token=abc%2B1' };
    expect(webShellToken(location)).toBe('abc+1');
    expect(webShellSocketUrl(location)).toBe('ws://127.0.0.1:7070/ws?token=abc%2B1');
  });

  it('uses wss for a page served over https', () => {
    const location = { protocol: 'https:', host: 'phone.example.com', search: '?token=x' };
    expect(webShellSocketUrl(location)).toBe('wss://phone.example.com/ws?token=x');
  });

  it('reports a missing token and still builds an address (the shell then refuses it)', () => {
    const location = { protocol: 'http:', host: '127.0.0.1:7070', search: '' };
    expect(webShellToken(location)).toBeUndefined();
    expect(webShellSocketUrl(location)).toBe('ws://127.0.0.1:7070/ws?token=');
  });
});

describe('reconnectDelay', () => {
  const options = { initialMs: 500, maxMs: 10_000 };

  it('doubles per attempt up to the cap, with jitter in the upper half', () => {
    expect(reconnectDelay(0, options, () => 1)).toBe(500);
    expect(reconnectDelay(0, options, () => 0)).toBe(250);
    expect(reconnectDelay(3, options, () => 1)).toBe(4000);
    expect(reconnectDelay(10, options, () => 1)).toBe(10_000);
    expect(reconnectDelay(10_000, options, () => 0.5)).toBe(7500);
  });
});
