// The whole core as both shells build it (createCore), with an SDP-only stand-in for the renderer's
// media engine and one account registered at a hostile registrar: for the fuzz test and bench/sip-fuzz.ts.
import type { Core } from '../../../../src/main/core';
import { createCore } from '../../../../src/main/core';
import { MemorySecretStore } from '../../../../src/main/secrets/memory-secret-store';
import { SdpOnlyMedia } from '../../calls/sdp-only-media';
import { HOSTILE_DOMAIN, HOSTILE_USER, type HostileRegistrar } from './hostile-registrar';

export interface HostileCore {
  core: Core;
  accountId: string;
  media: SdpOnlyMedia;
  registered: () => boolean;
}

export async function startHostileCore(registrar: HostileRegistrar, dataDir: string): Promise<HostileCore> {
  const media = new SdpOnlyMedia();
  const core = await createCore({
    dataDir,
    shell: 'web',
    version: 'test',
    platform: process.platform,
    secrets: new MemorySecretStore(),
  });
  core.media.attach((method, params) => media.handle(method, params as Record<string, unknown>));
  const created = (await core.router.handle('accounts.create', {
    settings: {
      'credentials.domain': HOSTILE_DOMAIN,
      'credentials.userName': HOSTILE_USER,
      'optionalCredentials.wsUrl': registrar.url,
    },
    password: 'not-checked',
  })) as { ok: boolean; result: { id: string } };
  if (!created.ok) throw new Error(`could not create the account: ${JSON.stringify(created)}`);
  const accountId = created.result.id;
  const registered = (): boolean =>
    core.accounts.list().some((a) => a.id === accountId && a.registration.state === 'registered');
  return { core, accountId, media, registered };
}
