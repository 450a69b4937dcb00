import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { UpdateController } from '../../../../../src/main/desktop/update-controller';
import type { UpdateStatus } from '../../../../../src/shared/contract/desktop';
import type { ElectronUpdater } from '../../../../../src/main/shell/electron/updater-port';
import {
  createUpdaterPort,
  publisherNamesOf,
  updateTrustOf,
} from '../../../../../src/main/shell/electron/updater-port';

// What electron-builder writes for a Windows build with win.signtoolOptions.publisherName (js-yaml dump).
const signedWindowsConfig = `provider: generic
url: https://updates.example.com/softphone
publisherName:
  - Softphone team
updaterCacheDirName: softphone-updater
`;
const unsignedWindowsConfig = `provider: generic
url: https://updates.example.com/softphone
updaterCacheDirName: softphone-updater
`;

/** electron-updater's autoUpdater as far as the shell touches it; records what it was asked. */
class FakeAutoUpdater extends EventEmitter implements ElectronUpdater {
  disableWebInstaller = false;
  forceDevUpdateConfig = true;
  feeds: unknown[] = [];
  checks = 0;
  installs = 0;
  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }
  checkForUpdates(): Promise<unknown> {
    this.checks++;
    return Promise.resolve(null);
  }
  quitAndInstall(): void {
    this.installs++;
  }
}

describe('publisherNamesOf', () => {
  it('reads the list electron-builder writes, and an inline value', () => {
    expect(publisherNamesOf(signedWindowsConfig)).toEqual(['Softphone team']);
    expect(publisherNamesOf('publisherName:\r\n  - "A, Inc."\r\n  - B\r\nx: 1')).toEqual(['A, Inc.', 'B']);
    expect(publisherNamesOf("publisherName: 'Softphone team'")).toEqual(['Softphone team']);
  });

  it('finds none where there is none', () => {
    expect(publisherNamesOf(unsignedWindowsConfig)).toEqual([]);
    expect(publisherNamesOf('publisherName: null')).toEqual([]);
    expect(publisherNamesOf('publisherName:\nurl: x')).toEqual([]);
    expect(publisherNamesOf('')).toEqual([]);
  });
});

describe('updateTrustOf', () => {
  it('Windows: signature checks only with a publisher name in app-update.yml', () => {
    expect(updateTrustOf({ platform: 'win32', appUpdateConfig: signedWindowsConfig })).toEqual({
      kind: 'signature',
    });
    for (const appUpdateConfig of [unsignedWindowsConfig, undefined]) {
      const trust = updateTrustOf({ platform: 'win32', appUpdateConfig });
      expect(trust.kind).toBe('none');
      expect(trust.kind === 'none' && trust.reason).toMatch(
        /no code-signing publisher.*install new versions by hand/,
      );
    }
  });

  it('macOS: Squirrel.Mac checks the code signature; Linux: only the built-in feed', () => {
    expect(updateTrustOf({ platform: 'darwin', appUpdateConfig: undefined })).toEqual({ kind: 'signature' });
    expect(updateTrustOf({ platform: 'linux', appUpdateConfig: undefined })).toEqual({
      kind: 'built-in-feed',
    });
  });
});

describe('createUpdaterPort', () => {
  function controllerFor(platform: string, appUpdateConfig: string | undefined) {
    const updater = new FakeAutoUpdater();
    const statuses: UpdateStatus[] = [];
    const port = createUpdaterPort(updater, { platform, appUpdateConfig });
    const controller = new UpdateController({
      updater: port,
      callsInProgress: () => 0,
      onReady: () => undefined,
      onStatus: (status) => statuses.push(status),
      beforeInstall: () => undefined,
      scheduler: { every: () => () => undefined },
      isPackaged: true,
    });
    return { updater, port, controller, statuses };
  }

  it('turns off web installers and the development feed', () => {
    const { updater } = controllerFor('win32', signedWindowsConfig);
    expect(updater.disableWebInstaller).toBe(true);
    expect(updater.forceDevUpdateConfig).toBe(false);
  });

  it('a signed Windows build checks the feed from the settings and passes events through', () => {
    const { updater, controller, statuses } = controllerFor('win32', signedWindowsConfig);
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'https://updates.example.org/sp' });
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.example.org/sp' }]);
    expect(updater.checks).toBe(1);
    updater.emit('update-downloaded', { version: '2.0.0' });
    expect(statuses.at(-1)).toMatchObject({ state: 'downloaded', version: '2.0.0' });
    controller.install();
    expect(updater.installs).toBe(1);
  });

  it('an unsigned Windows build never checks or installs, and says why', () => {
    const { updater, controller, statuses } = controllerFor('win32', unsignedWindowsConfig);
    controller.configure({ checkForUpdates: true, updateFeedUrl: 'https://updates.example.org/sp' });
    expect(updater.checks).toBe(0);
    expect(updater.feeds).toEqual([]);
    expect(statuses.at(-1)?.message).toMatch(/cannot check that an update is genuine/);
  });

  it('an update electron-updater refused for its signature is reported as refused', () => {
    const { updater, controller, statuses } = controllerFor('win32', signedWindowsConfig);
    controller.configure({ checkForUpdates: true, updateFeedUrl: '' });
    updater.emit(
      'error',
      Object.assign(new Error('New version 2.0.0 is not signed by the application owner'), {
        code: 'ERR_UPDATER_INVALID_SIGNATURE',
      }),
    );
    expect(statuses.at(-1)?.state).toBe('error');
    expect(statuses.at(-1)?.message).toMatch(/refused because it is not signed/);
    controller.install();
    expect(updater.installs).toBe(0);
  });
});
