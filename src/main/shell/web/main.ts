import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../../../../package.json';
import { createCore } from '../../core';
import { installProcessGuard } from '../../process-guard';
import { KeyringSecretStore } from '../../secrets/keyring-secret-store';
import { startWebShellServer } from './web-shell-server';

const usage = `Usage: node out/web/main.js [--port N] [--data-dir DIR] [--renderer-dir DIR]
  --port          port on 127.0.0.1 (default: a free one)
  --data-dir      where the database and logs live (default: ~/.config/Softphone-web)
  --renderer-dir  the built renderer (default: out/renderer next to this file)`;

async function main(): Promise<void> {
  const guard = installProcessGuard(process, {
    exit: (code, message) => {
      process.stderr.write(`${message}\n`);
      process.exit(code);
    },
  });
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string', default: join(homedir(), '.config', 'Softphone-web') },
      'renderer-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);

  const here = dirname(fileURLToPath(import.meta.url));
  const core = await createCore({
    dataDir: resolve(values['data-dir']),
    shell: 'web',
    version: packageJson.version,
    platform: process.platform,
    secrets: new KeyringSecretStore('Softphone'),
    logToStderr: true,
  });
  guard.useLogger(core.logger.child('process'));
  const shell = await startWebShellServer({
    core,
    port,
    rendererDir: values['renderer-dir'] ?? join(here, '..', 'renderer'),
  });
  process.stdout.write(`Softphone web shell: ${shell.url}\n`);
  void core.links.ready();

  const stop = () => {
    void shell
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Softphone web shell could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
