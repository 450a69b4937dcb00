import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema validator; packaging itself needs downloads.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  it('loads and passes electron-builder validation', async () => {
    const config = await getConfig(process.cwd(), null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config['npmRebuild']).toBe(false);
    expect(config['appId']).toBe('com.example.softphone');
  });

  it('registers the call URI schemes and the macOS microphone prompt', async () => {
    const config = await getConfig(process.cwd(), null, null);
    const schemes = (config['protocols'] as { schemes: string[] }[]).flatMap((p) => p.schemes);
    expect(schemes.sort()).toEqual(['callto', 'sip', 'sips', 'tel']);
    const mac = config['mac'] as { extendInfo: Record<string, string>; hardenedRuntime: boolean };
    expect(mac.extendInfo['NSMicrophoneUsageDescription']).toMatch(/microphone/);
    expect(mac.hardenedRuntime).toBe(true);
  });

  it('rejects a configuration with an unknown option (the validator is real)', async () => {
    const config = await getConfig(process.cwd(), null, null);
    await expect(
      validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false)),
    ).rejects.toThrow();
  });
});
