import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { NetworkWatcher } from '../../../../src/main/net/network-watcher';

function iface(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    internal,
    family: 'IPv4',
    netmask: '255.255.255.0',
    mac: '00:00:00:00:00:00',
    cidr: null,
  };
}

describe('NetworkWatcher', () => {
  it('reports a change of external addresses once, and ignores loopback and order', () => {
    let interfaces: Record<string, NetworkInterfaceInfo[]> = {
      lo: [iface('127.0.0.1', true)],
      eth0: [iface('192.0.2.10')],
    };
    const changes: boolean[] = [];
    const watcher = new NetworkWatcher(
      (online) => changes.push(online),
      () => interfaces,
    );
    expect(watcher.check()).toBe(false);

    interfaces = { eth0: [iface('192.0.2.10')], lo: [iface('127.0.0.2', true)] };
    expect(watcher.check()).toBe(false);

    interfaces = { eth0: [iface('192.0.2.10')], wlan0: [iface('198.51.100.7')] };
    expect(watcher.check()).toBe(true);
    expect(watcher.check()).toBe(false);
    expect(changes).toEqual([true]);
  });

  it('reports offline when only loopback is left, and online when an address comes back', () => {
    let interfaces: Record<string, NetworkInterfaceInfo[]> = { eth0: [iface('192.0.2.10')] };
    const changes: boolean[] = [];
    const watcher = new NetworkWatcher(
      (online) => changes.push(online),
      () => interfaces,
    );
    interfaces = { lo: [iface('127.0.0.1', true)] };
    expect(watcher.check()).toBe(true);
    interfaces = { wlan0: [iface('198.51.100.7')] };
    expect(watcher.check()).toBe(true);
    expect(changes).toEqual([false, true]);
  });
});
