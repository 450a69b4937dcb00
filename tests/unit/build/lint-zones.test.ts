import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The repo's own eslint.config.js with only its import zones: the linted files don't exist, so the
// type-aware rules (which need a file in a TypeScript project) are switched off.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [tseslint.configs.disableTypeChecked],
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** Every message ESLint reports for `code` at `filePath`, parse errors and "file ignored" included. */
async function lintMessages(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath, warnIgnored: true });
  return results.flatMap((result) => result.messages.map((m) => `${m.ruleId ?? 'eslint'}: ${m.message}`));
}

const electronZone = /Only src\/main\/shell\/electron/;
const compositionRoot = /never imports src\/main\/core\.ts or src\/main\/api\.ts/;
const sharedPackages = /src\/shared is pure TypeScript; its packages: zod, libphonenumber-js/;
const provisioningZone = /Only src\/main\/provisioning \(and the composition root\) imports/;
const infrastructureZone = /imports no capability: dependencies point one way/;
const rendererPackages = /The renderer has no Node, Electron or native modules; its packages:/;
const featureImportsApp = /A feature never imports app\//;
const featureInternals = /A feature imports another feature only through its public entry/;
const appFeatureInternals = /app\/ imports a feature only through its public entry/;
const belowFeatures = /sit below the features: they never import features\/ or app\//;

describe('eslint import zones', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await lintMessages('src/shared/warm-up.ts', 'export {};\n');
  }, 60_000);

  it.each([
    ['src/main/sip/x.ts', "import { app } from 'electron';", electronZone],
    ['src/main/net/tls/x.ts', "import type { App } from 'electron';", electronZone],
    ['src/main/x.ts', "import { app } from 'electron';", electronZone],
    ['src/main/shell/web/x.ts', "import { app } from 'electron';", /The web shell runs without Electron/],
    ['src/main/shell/electron/x.ts', "import { App } from '../../../renderer/app/App';", /never imports it/],
    [
      'src/main/shell/web/x.ts',
      "import { x } from '../electron/main';",
      /The web shell runs without Electron/,
    ],
    [
      'src/main/shell/x.ts',
      "import { app } from 'electron';",
      /run without Electron and import neither shell/,
    ],
    [
      'src/main/shell/x.ts',
      "import { x } from './web/main';",
      /run without Electron and import neither shell/,
    ],
    ['src/main/contacts/x.ts', "import { createCore } from '../core';", compositionRoot],
    [
      'src/main/contacts/oauth/x.ts',
      "import { createRequestHandlers } from '../../api.js';",
      compositionRoot,
    ],
    ['src/main/xml/x.ts', "import type { Core } from '../../main/core';", compositionRoot],
    ['src/main/sip/x.ts', "export { createCore } from '../core';", compositionRoot],
    ['src/main/sip/x.ts', "import { x } from '../shell/web/main';", /never imports a shell or the renderer/],
    [
      'src/main/contacts/x.ts',
      "import { ProvisioningService } from '../provisioning/provisioning-service';",
      provisioningZone,
    ],
    ['src/main/sip/calls/x.ts', "import type { X } from '../../provisioning/format/x';", provisioningZone],
    ['src/main/accounts/x.ts', "export * from '../provisioning';", provisioningZone],
    [
      'src/main/net/https/x.ts',
      "import { describeConnectionError } from '../../sip/transport/transport-failure';",
      infrastructureZone,
    ],
    ['src/main/xml/x.ts', "import type { Contact } from '../contacts/contact';", infrastructureZone],
    ['src/main/log/x.ts', "import { x } from '../../main/settings/settings-service';", infrastructureZone],
    [
      'src/main/events/x.ts',
      "import type { CallManager } from '../sip/calls/call-manager';",
      infrastructureZone,
    ],
    ['src/shared/x.ts', "import WebSocket from 'ws';", sharedPackages],
    ['src/shared/contract/x.ts', "import { readFileSync } from 'node:fs';", sharedPackages],
    ['src/shared/x.ts', "import { readFileSync } from 'fs';", sharedPackages],
    ['src/shared/x.ts', "import { useState } from 'react';", sharedPackages],
    ['src/shared/x.ts', "import { UserAgent } from 'sip.js';", sharedPackages],
    ['src/shared/x.ts', "export * from 'ldapts';", sharedPackages],
    ['src/shared/x.ts', "import { x } from '../main/core';", /src\/shared imports nothing of ours/],
    ['src/renderer/features/x.ts', "import WebSocket from 'ws';", rendererPackages],
    ['src/renderer/features/x.tsx', "import { readFileSync } from 'node:fs';", rendererPackages],
    ['src/renderer/features/x.ts', "import { Client } from 'ldapts';", rendererPackages],
    ['src/renderer/features/x.ts', "import { ipcRenderer } from 'electron';", rendererPackages],
    ['src/renderer/features/x.ts', "import Database from 'better-sqlite3';", rendererPackages],
    ['src/renderer/features/x.ts', "import type { Session } from 'sip.js';", rendererPackages],
    ['src/renderer/x.ts', "import { x } from '../main/core';", /talks to main only through the contract/],
    ['src/renderer/features/calls/x.ts', "import WebSocket from 'ws';", rendererPackages],
    [
      'src/renderer/app/x.ts',
      "import { x } from '../../main/core';",
      /talks to main only through the contract/,
    ],
    ['src/renderer/kit/x.ts', "import { ipcRenderer } from 'electron';", rendererPackages],
    [
      'src/renderer/features/calls/x.ts',
      "import { useApi } from '../../app/api-context';",
      featureImportsApp,
    ],
    ['src/renderer/features/blf/x.ts', "import { App } from '../../app';", featureImportsApp],
    [
      'src/renderer/features/settings/contact-sources/x.tsx',
      "import { useAnnouncer } from '../../../app/announcer';",
      featureImportsApp,
    ],
    [
      'src/renderer/features/main-window/x.tsx',
      "import { CallWindow } from '../calls/CallWindow';",
      featureInternals,
    ],
    [
      'src/renderer/features/accounts/x.tsx',
      "export { FieldRow } from '../settings/fields/FieldRow';",
      featureInternals,
    ],
    [
      'src/renderer/features/settings/contact-sources/x.ts',
      "import { useAccountLabel } from '../../accounts/use-account-label';",
      featureInternals,
    ],
    [
      'src/renderer/app/x.tsx',
      "import { MainWindow } from '../features/main-window/MainWindow';",
      appFeatureInternals,
    ],
    ['src/renderer/kit/x.ts', "import { useDial } from '../features/calls';", belowFeatures],
    ['src/renderer/kit/fields/x.tsx', "import { useAccounts } from '../../app/use-accounts';", belowFeatures],
    ['src/renderer/media/x.ts', "import type { View } from '../app/view';", belowFeatures],
    ['src/renderer/ui/x.tsx', "import { CallAvatar } from '../features/calls/CallAvatar';", belowFeatures],
    [
      'src/preload/x.ts',
      "import { readFileSync } from 'node:fs';",
      /A sandboxed preload has no Node modules/,
    ],
  ])('%s rejects %s', async (filePath, code, expected) => {
    const messages = await lintMessages(filePath, `${code}\n`);
    expect(messages).toEqual([expect.stringMatching(expected)]);
    expect(messages[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['src/shared/x.ts', "import { z } from 'zod';"],
    ['src/shared/x.ts', "import { parsePhoneNumber } from 'libphonenumber-js/min';"],
    ['src/shared/contract/x.ts', "import { x } from '../settings/registry';"],
    ['src/renderer/features/x.tsx', "import { useState } from 'react';"],
    ['src/renderer/x.tsx', "import { createRoot } from 'react-dom/client';"],
    ['src/renderer/features/x.ts', "import { useTranslation } from 'react-i18next';"],
    ['src/renderer/features/x.ts', "import { x } from '../../shared/contract/api';"],
    ['src/renderer/features/main-window/x.tsx', "import { CallWindow } from '../calls';"],
    [
      'src/renderer/features/settings/contact-sources/x.ts',
      "import { useAccountLabel } from '../../accounts';",
    ],
    ['src/renderer/features/settings/contact-sources/x.ts', "import { x } from '../settings-search';"],
    ['src/renderer/features/calls/x.ts', "import { useApi } from '../../kit/api-context';"],
    ['src/renderer/features/accounts/x.tsx', "import { FieldRow } from '../../kit/fields/FieldRow';"],
    ['src/renderer/features/calls/x.ts', "import { x } from '../../../shared/contract';"],
    ['src/renderer/app/x.tsx', "import { MainWindow } from '../features/main-window';"],
    ['src/renderer/app/x.tsx', "import { useApi } from '../kit/api-context';"],
    ['src/renderer/kit/fields/x.tsx', "import { LockIcon } from '../../ui/icons';"],
    ['src/renderer/kit/x.tsx', "import { useTranslation } from 'react-i18next';"],
    ['src/main/shell/electron/x.ts', "import { app } from 'electron';"],
    ['src/main/shell/electron/x.ts', "import { createCore } from '../../core';"],
    ['src/main/shell/web/x.ts', "import { createCore } from '../../core';"],
    ['src/main/shell/web/x.ts', "import { readRendererFile } from '../renderer-files';"],
    ['src/main/shell/electron/x.ts', "import { readRendererFile } from '../renderer-files';"],
    ['src/main/core.ts', "import { createRequestHandlers } from './api';"],
    ['src/main/contacts/x.ts', "import { x } from './oauth/api-status';"],
    ['src/main/sip/x.ts', "import { x } from '../log/logger';"],
    ['src/main/sip/x.ts', "import WebSocket from 'ws';"],
    ['src/main/core.ts', "import { ProvisioningService } from './provisioning/provisioning-service';"],
    [
      'src/main/wiring/x.ts',
      "import type { ProvisioningService } from '../provisioning/provisioning-service';",
    ],
    ['src/main/provisioning/x.ts', "import type { X } from '../accounts/provisioned-account';"],
    ['src/main/provisioning/fetch/x.ts', "import { x } from '../format/parse-provisioning-file';"],
    ['src/main/net/https/x.ts', "import { classifyConnectionError } from '../connection-error';"],
    ['src/main/net/x.ts', "import type { Logger } from '../log/logger';"],
    ['src/main/contacts/xml/x.ts', "import type { X } from '../../../shared/contract/provisioning';"],
    ['src/main/events/x.ts', "import type { CallView } from '../../shared/contract';"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron';"],
  ])('%s allows %s', async (filePath, code) => {
    expect(await lintMessages(filePath, `${code}\n`)).toEqual([]);
  });
});
