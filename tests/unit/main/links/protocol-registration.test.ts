import { describe, expect, it } from 'vitest';
import type { ProtocolClientPort } from '../../../../src/main/links/protocol-registration';
import { ProtocolRegistration } from '../../../../src/main/links/protocol-registration';
import { RecordingLogger } from './fakes';

/** Remembers which schemes point to us and records every call, like the OS behind Electron's app. */
class RecordingPort implements ProtocolClientPort {
  readonly calls: string[] = [];
  readonly ours = new Set<string>();
  queries = 0;
  refuse = new Set<string>();
  throwOn = new Set<string>();

  setAsDefaultProtocolClient(scheme: string): boolean {
    this.calls.push(`set ${scheme}`);
    if (this.throwOn.has(scheme)) throw new Error('registry is read-only');
    if (this.refuse.has(scheme)) return false;
    this.ours.add(scheme);
    return true;
  }
  removeAsDefaultProtocolClient(scheme: string): boolean {
    this.calls.push(`remove ${scheme}`);
    if (this.refuse.has(scheme)) return false;
    return this.ours.delete(scheme);
  }
  isDefaultProtocolClient(scheme: string): boolean {
    this.queries++;
    return this.ours.has(scheme);
  }
}

describe('ProtocolRegistration', () => {
  it('registers the four schemes when the setting is on, and only the missing ones', () => {
    const port = new RecordingPort();
    port.ours.add('tel');
    const registration = new ProtocolRegistration(port, new RecordingLogger());
    expect(registration.apply(true)).toEqual({
      enabled: true,
      changed: ['callto', 'sip', 'sips'],
      failed: [],
    });
    expect(port.calls).toEqual(['set callto', 'set sip', 'set sips']);
    expect([...port.ours].sort()).toEqual(['callto', 'sip', 'sips', 'tel']);
  });

  it('does nothing when the setting did not change, and unregisters when it is turned off', () => {
    const port = new RecordingPort();
    const registration = new ProtocolRegistration(port, new RecordingLogger());
    registration.apply(true);
    port.calls.length = 0;
    const queries = port.queries;
    // Settings change often; the OS is not asked again while this setting keeps its value.
    expect(registration.apply(true)).toEqual({ enabled: true, changed: [], failed: [] });
    expect(port.calls).toEqual([]);
    expect(port.queries).toBe(queries);

    expect(registration.apply(false).changed).toEqual(['callto', 'sip', 'sips', 'tel']);
    expect(port.calls).toEqual(['remove callto', 'remove sip', 'remove sips', 'remove tel']);
    expect(port.ours.size).toBe(0);
  });

  it('leaves schemes alone that belong to another app when turned off', () => {
    const port = new RecordingPort();
    const registration = new ProtocolRegistration(port, new RecordingLogger());
    expect(registration.apply(false)).toEqual({ enabled: false, changed: [], failed: [] });
    expect(port.calls).toEqual([]);
  });

  it('reports and logs schemes the OS refuses, keeps going, and retries them next time', () => {
    const port = new RecordingPort();
    port.refuse.add('sips');
    port.throwOn.add('callto');
    const logger = new RecordingLogger();
    const registration = new ProtocolRegistration(port, logger);
    expect(registration.apply(true)).toEqual({
      enabled: true,
      changed: ['sip', 'tel'],
      failed: ['callto', 'sips'],
    });
    expect(logger.lines.join('\n')).toContain('refused to register link schemes: callto, sips');

    port.refuse.clear();
    port.throwOn.clear();
    port.calls.length = 0;
    expect(registration.apply(true)).toEqual({ enabled: true, changed: ['callto', 'sips'], failed: [] });
    expect(port.calls).toEqual(['set callto', 'set sips']);
  });
});
