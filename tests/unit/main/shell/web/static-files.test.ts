import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../../../src/main/shell/web/static-files';
import { makeTempDir } from '../../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  mkdirSync(join(dir, 'root', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'root', 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'root', 'assets', 'app.js'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
});
afterEach(() => cleanup());

describe('readStaticFile', () => {
  it('serves index.html for / and files below the root with their type', async () => {
    expect((await readStaticFile(join(dir, 'root'), '/'))?.contentType).toMatch(/text\/html/);
    expect((await readStaticFile(join(dir, 'root'), '/assets/app.js'))?.contentType).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/a%00b',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    expect(await readStaticFile(join(dir, 'root'), path)).toBeUndefined();
  });
});
