import { describe, expect, it } from 'vitest';
import { MediaChannel } from '../../../../src/main/media/media-channel';
import { PendingMediaRequests } from '../../../../src/main/media/pending-media-requests';

describe('MediaChannel', () => {
  it('fails clearly when no renderer is attached', async () => {
    await expect(new MediaChannel().request('media.listDevices', {})).rejects.toThrow(/No window is open/);
    await expect(new MediaChannel().request('media.listDevices', {})).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      text: { key: 'media.noWindow' },
    });
  });

  it('validates the renderer answer', async () => {
    const channel = new MediaChannel();
    channel.attach(() =>
      Promise.resolve({ devices: [{ deviceId: 'd1', kind: 'audioinput', label: 'Headset' }] }),
    );
    expect(await channel.request('media.listDevices', {})).toEqual({
      devices: [{ deviceId: 'd1', kind: 'audioinput', label: 'Headset' }],
    });
    channel.attach(() => Promise.resolve({ devices: 'nope' }));
    await expect(channel.request('media.listDevices', {})).rejects.toThrow(/malformed/);
  });

  it('detaching an old sender does not detach a newer one', async () => {
    const channel = new MediaChannel();
    const detachOld = channel.attach(() => Promise.resolve({ devices: [] }));
    channel.attach(() => Promise.resolve({ devices: [] }));
    detachOld();
    expect(channel.attached).toBe(true);
    await expect(channel.request('media.listDevices', {})).resolves.toEqual({ devices: [] });
  });
});

describe('PendingMediaRequests', () => {
  it('settles by id, ignores unknown ids and times out', async () => {
    const pending = new PendingMediaRequests(20);
    let sentId = -1;
    const answered = pending.start('media.listDevices', (id) => (sentId = id));
    pending.settle(9999, true, 'wrong', undefined);
    pending.settle(sentId, true, { devices: [] }, undefined);
    await expect(answered).resolves.toEqual({ devices: [] });
    await expect(pending.start('media.listDevices', () => undefined)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: 'The media engine did not answer media.listDevices in time.',
      text: { key: 'media.noAnswer', params: { method: 'media.listDevices' } },
    });
  });

  it('rejects everything when the window goes away', async () => {
    const pending = new PendingMediaRequests();
    const waiting = pending.start('media.listDevices', () => undefined);
    pending.rejectAll();
    await expect(waiting).rejects.toThrow(/closed/);
    await expect(waiting).rejects.toMatchObject({ text: { key: 'media.windowClosed' } });
  });
});
