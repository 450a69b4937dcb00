import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { makeTempDir } from '../../support/temp-dir';

/**
 * A whole core (web shell, in-memory keychain) over a temporary data folder, closed and removed after
 * each test. Call inside a describe; `start()` creates the core for the current test.
 */
export function useTestCore(prefix: string): { start: () => Promise<Core> } {
  const temp = makeTempDir(prefix);
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
    temp.cleanup();
  });
  return {
    start: async () => {
      core = await createCore({
        dataDir: join(temp.dir, 'data'),
        shell: 'web',
        version: 'test',
        platform: process.platform,
        secrets: new MemorySecretStore(),
      });
      return core;
    },
  };
}
