import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callSchemes, protocolArgs } from '../../../src/main/desktop/protocol-handlers';
import { publisherNamesOf, updateTrustOf } from '../../../src/main/shell/electron/updater-port';
import { trayIcons } from '../../../src/main/desktop/tray-view';

// electron-builder's own loader and JSON-schema validator (scheme.json); packaging itself needs downloads.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Config>;
  validateConfiguration: (config: Config, logger: unknown) => Promise<void>;
};
const { DebugLogger, serializeToYaml } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
  serializeToYaml: (value: unknown) => string;
};
// What electron-builder puts into app-update.yml as publisherName (PublishManager, from signtoolOptions).
const { WindowsSignToolManager } = require('app-builder-lib/out/codeSign/windowsSignToolManager') as {
  WindowsSignToolManager: new (packager: { platformSpecificBuildOptions: unknown }) => {
    computedPublisherName: { value: Promise<string[] | null> };
  };
};

type Config = Record<string, unknown> & {
  protocols: { name: string; schemes: string[] }[];
  nsis: Record<string, unknown>;
  win: Record<string, unknown> & { target: unknown; signtoolOptions?: { publisherName?: unknown } };
  mac: Record<string, unknown> & { extendInfo: Record<string, string>; target: string[] };
  linux: { target: string[]; maintainer?: string };
  publish: { provider: string; url: string };
  extraResources: { from: string; to: string; filter: string[] }[];
  electronFuses: Record<string, boolean>;
  asar?: boolean;
};

const root = process.cwd();
const load = () => getConfig(root, null, null);

/** `<key>k</key><true/>` pairs of a property list; enough for entitlements. */
function plistFlags(xml: string): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const match of xml.matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\s*\/>/g))
    flags[match[1]!] = match[2] === 'true';
  return flags;
}

describe('installers (electron-builder.yml)', () => {
  it('passes electron-builder validation, and the validator does refuse a misspelt option', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.nsis/);
    // Loading and compiling electron-builder's JSON schema took 4 s on a busy 2-core machine; the default is 5 s.
  }, 30_000);

  it('registers exactly the schemes the app handles', async () => {
    const config = await load();
    expect(config.protocols.flatMap((p) => p.schemes).sort()).toEqual([...callSchemes].sort());
  });

  it('Windows: a per-user NSIS installer that writes the link schemes for the user', async () => {
    const config = await load();
    expect(config.win.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false, allowElevation: false });
    const script = readFileSync(join(root, String(config.nsis['include'])), 'utf8');
    for (const scheme of callSchemes) {
      expect(script).toContain(`!insertmacro registerScheme "${scheme}"`);
      expect(script).toContain(`DeleteRegKey SHCTX "Software\\Classes\\${scheme}"`);
    }
    expect(script).toContain('"URL Protocol"');
    // The same command the app registers at run time: the link after --, never read as a switch.
    expect(script).toContain(
      `WriteRegStr SHCTX "Software\\Classes\\\${SCHEME}\\shell\\open\\command" "" '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" ${protocolArgs.join(' ')} "%1"'`,
    );
    expect(script).not.toContain('HKLM');
  });

  it('macOS: dmg plus the zip updates need, hardened runtime, microphone prompt and audio-input entitlement', async () => {
    const config = await load();
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.mac['hardenedRuntime']).toBe(true);
    expect(config.mac.extendInfo['NSMicrophoneUsageDescription']).toMatch(/microphone/);
    for (const key of ['entitlements', 'entitlementsInherit']) {
      const flags = plistFlags(readFileSync(join(root, String(config.mac[key])), 'utf8'));
      expect(flags['com.apple.security.device.audio-input']).toBe(true);
    }
  });

  it('Linux: AppImage and deb, with a maintainer the deb needs', async () => {
    const config = await load();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('Windows: only signed releases, whose updates must carry the same publisher', async () => {
    const config = await load();
    expect(config.win['forceCodeSigning']).toBe(true);
    expect(config.win['verifyUpdateCodeSignature']).toBe(true);
    const names = await new WindowsSignToolManager({ platformSpecificBuildOptions: config.win })
      .computedPublisherName.value;
    expect(names).toEqual([expect.stringMatching(/\S/)]);
    // The app reads that app-update.yml and so lets electron-updater verify every installer it downloads.
    const appUpdateConfig = serializeToYaml({ ...config.publish, publisherName: names });
    expect(publisherNamesOf(appUpdateConfig)).toEqual(names);
    expect(updateTrustOf({ platform: 'win32', appUpdateConfig })).toEqual({ kind: 'signature' });
  });

  it('macOS: only signed and notarised releases (Squirrel.Mac wants the same Developer ID for updates)', async () => {
    const config = await load();
    expect(config.mac['forceCodeSigning']).toBe(true);
    expect(config.mac['notarize']).toBe(true);
  });

  it('publishes to a generic update feed over https', async () => {
    const config = await load();
    expect(config.publish.provider).toBe('generic');
    expect(new URL(config.publish.url).protocol).toBe('https:');
  });

  it('flips the Electron fuses: no run-as-node, NODE_OPTIONS or --inspect; only its own, verified asar', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    // onlyLoadAppFromAsar needs an asar (electron-builder's default).
    expect(config.asar).not.toBe(false);
  });

  it('ships every tray icon the app asks for, at 1x and 2x', async () => {
    const config = await load();
    const tray = config.extraResources.find((r) => r.to === 'tray');
    expect(tray).toMatchObject({ from: 'resources/tray', filter: ['*.png'] });
    for (const icon of trayIcons) {
      for (const file of [`tray-${icon}.png`, `tray-${icon}@2x.png`]) {
        const bytes = readFileSync(join(root, 'resources', 'tray', file));
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      }
    }
  });
});
