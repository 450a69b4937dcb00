import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/db/database';
import { CallHistory } from '../../../../src/main/history/call-history';
import { makeTempDir } from '../../../support/temp-dir';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the call history after a crash', () => {
  const temp = makeTempDir('softphone-history-crash-');
  afterEach(() => temp.cleanup());

  it('keeps the calls of a process killed with SIGKILL during them, as interrupted', () => {
    const file = join(temp.dir, 'softphone.db');
    const child = spawnSync(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        './bench/register-loader.mjs',
        'tests/unit/main/history/killed-during-call.ts',
        file,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const db = openDatabase(file);
    const history = new CallHistory(db, () => undefined, undefined, { now: () => 10_000 });
    const rows = history.list();
    db.close();
    expect(rows).toEqual([
      expect.objectContaining({
        callId: 'talking',
        result: 'interrupted',
        startedAt: 2000,
        answeredAt: 2500,
        endedAt: 3000,
      }),
      expect.objectContaining({ callId: 'ringing', result: 'interrupted', startedAt: 1000, endedAt: 3000 }),
    ]);
  });
});
