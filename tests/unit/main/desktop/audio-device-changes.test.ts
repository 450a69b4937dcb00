import { describe, expect, it } from 'vitest';
import type { AudioDevice } from '../../../../src/main/desktop/audio-device-changes';
import { audioDeviceChanges } from '../../../../src/main/desktop/audio-device-changes';
import { AudioDeviceMonitor } from '../../../../src/main/desktop/audio-device-monitor';

const mic = (deviceId: string, label: string): AudioDevice => ({ deviceId, kind: 'audioinput', label });
const speaker = (deviceId: string, label: string): AudioDevice => ({ deviceId, kind: 'audiooutput', label });

const laptop = [
  mic('default', 'Default - Built-in Microphone'),
  mic('m1', 'Built-in Microphone'),
  speaker('default', 'Default - Built-in Speakers'),
  speaker('s1', 'Built-in Speakers'),
];
const headset = [mic('h1', 'Jabra Evolve 65'), speaker('h2', 'Jabra Evolve 65')];

describe('audioDeviceChanges', () => {
  it('names a plugged-in headset once, though it is an input and an output', () => {
    expect(audioDeviceChanges(laptop, [...laptop, ...headset])).toEqual([
      { change: 'connected', label: 'Jabra Evolve 65' },
    ]);
    expect(audioDeviceChanges([...laptop, ...headset], laptop)).toEqual([
      { change: 'disconnected', label: 'Jabra Evolve 65' },
    ]);
  });

  it('ignores the default and communications stand-ins changing their label', () => {
    const moved = laptop.map((d) =>
      d.deviceId === 'default' ? { ...d, label: 'Default - Jabra Evolve 65' } : d,
    );
    expect(audioDeviceChanges(laptop, moved)).toEqual([]);
    expect(audioDeviceChanges(laptop, [...laptop, mic('communications', 'Communications - X')])).toEqual([]);
  });

  it('says nothing while the devices have no ids (no microphone permission yet)', () => {
    const anonymous = [mic('', ''), speaker('', '')];
    expect(audioDeviceChanges(anonymous, [...laptop, ...headset])).toEqual([]);
  });

  it('uses the id when a device has no label', () => {
    expect(audioDeviceChanges(laptop, [...laptop, mic('x9', ' ')])).toEqual([
      { change: 'connected', label: 'x9' },
    ]);
  });
});

describe('AudioDeviceMonitor', () => {
  it('takes the first list as the baseline and reports later changes in order', async () => {
    const lists = [laptop, [...laptop, ...headset], laptop];
    const changes: string[] = [];
    const monitor = new AudioDeviceMonitor({
      listDevices: () => Promise.resolve(lists.shift() ?? []),
      onChange: (c) => changes.push(`${c.change} ${c.label}`),
      onError: (e) => changes.push(`error ${String(e)}`),
    });
    await Promise.all([monitor.devicesChanged(), monitor.devicesChanged(), monitor.devicesChanged()]);
    expect(changes).toEqual(['connected Jabra Evolve 65', 'disconnected Jabra Evolve 65']);
  });

  it('keeps the last good list when listing fails', async () => {
    const results: (readonly AudioDevice[] | Error)[] = [
      laptop,
      new Error('no window'),
      [...laptop, ...headset],
    ];
    const changes: string[] = [];
    const monitor = new AudioDeviceMonitor({
      listDevices: () => {
        const next = results.shift();
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next ?? []);
      },
      onChange: (c) => changes.push(`${c.change} ${c.label}`),
      onError: (e) => changes.push(`error ${(e as Error).message}`),
    });
    for (let i = 0; i < 3; i++) await monitor.devicesChanged();
    expect(changes).toEqual(['error no window', 'connected Jabra Evolve 65']);
  });
});
