import type { MediaSessionOptions } from '../../../shared/contract';

type Get = (key: string) => unknown;

/**
 * The media options of a call from global and account settings: which STUN
 * server (the account's own, or the global one when the account says so),
 * how long ICE may gather, codec order, devices and audio processing.
 */
export function mediaOptionsFrom(
  global: Get,
  account: Get,
  speaker: boolean,
): Omit<MediaSessionOptions, 'hold'> {
  return {
    iceServers: stunServers(global, account),
    iceGatheringBudgetMs: global('functions.calls.iceGatheringBudgetMs') as number,
    codecs: account('codecs.codecs') as string[],
    inputDeviceId: global(speaker ? 'media.audio.speakerInputDevice' : 'media.audio.inputDevice') as string,
    outputDeviceId: global(
      speaker ? 'media.audio.speakerOutputDevice' : 'media.audio.outputDevice',
    ) as string,
    echoCancellation: global('media.audio.echoCancellation') as boolean,
    noiseSuppression: global('media.audio.noiseSuppression') as boolean,
    autoGainControl: global('media.audio.automaticGainControl') as boolean,
  };
}

function stunServers(global: Get, account: Get): MediaSessionOptions['iceServers'] {
  if (account('network.stun') === 'custom') {
    const server = account('network.stunServer') as string;
    return server ? [{ urls: stunUrl(server, account('network.stunPort') as number) }] : [];
  }
  if (global('advanced.stun.enabled') !== true) return [];
  const server = global('advanced.stun.server') as string;
  return server ? [{ urls: stunUrl(server, global('advanced.stun.port') as number) }] : [];
}

/** `host` or `host:port` from the settings; a port in the host wins over the separate port field. */
export function stunUrl(server: string, port: number): string {
  return /:\d+$/.test(server) || server.startsWith('[') ? `stun:${server}` : `stun:${server}:${port}`;
}
