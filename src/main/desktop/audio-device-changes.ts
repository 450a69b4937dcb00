import type { MediaResult } from '../../shared/contract';

export type AudioDevice = MediaResult<'media.listDevices'>['devices'][number];

export interface AudioDeviceChange {
  change: 'connected' | 'disconnected';
  label: string;
}

/** Chromium's stand-ins for whichever device the OS prefers; they come and go with the real ones. */
const aliases = new Set(['default', 'communications']);

/**
 * What changed between two device lists. A headset is an input and an output with the same label:
 * one change per label, so plugging it in notifies once.
 */
export function audioDeviceChanges(
  before: readonly AudioDevice[],
  after: readonly AudioDevice[],
): AudioDeviceChange[] {
  // Before the microphone permission, Chromium lists devices without ids: nothing to compare.
  if ([...before, ...after].some((device) => device.deviceId === '')) return [];
  const key = (device: AudioDevice) => `${device.kind}:${device.deviceId}`;
  const real = (list: readonly AudioDevice[]) => list.filter((device) => !aliases.has(device.deviceId));
  const beforeKeys = new Set(real(before).map(key));
  const afterKeys = new Set(real(after).map(key));
  const changes: AudioDeviceChange[] = [];
  const seen = new Set<string>();
  const add = (change: AudioDeviceChange['change'], device: AudioDevice) => {
    const label = device.label.trim() || device.deviceId;
    if (seen.has(`${change}:${label}`)) return;
    seen.add(`${change}:${label}`);
    changes.push({ change, label });
  };
  for (const device of real(after)) if (!beforeKeys.has(key(device))) add('connected', device);
  for (const device of real(before)) if (!afterKeys.has(key(device))) add('disconnected', device);
  return changes;
}
