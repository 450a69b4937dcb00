import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeOf, readRendererFile, rendererFilePath } from '../../../../src/main/shell/renderer-files';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  mkdirSync(join(dir, 'root', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'root', 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'root', 'assets', 'app.js'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  // a sibling folder whose name starts with the root's: not inside it
  mkdirSync(join(dir, 'root-other'));
  writeFileSync(join(dir, 'root-other', 'x.html'), 'sibling');
});
afterEach(() => cleanup());

describe('readRendererFile', () => {
  it('serves index.html for / and files below the root with their type', async () => {
    expect((await readRendererFile(join(dir, 'root'), '/'))?.contentType).toMatch(/text\/html/);
    expect((await readRendererFile(join(dir, 'root'), '/assets/app.js'))?.contentType).toMatch(/javascript/);
    expect((await readRendererFile(join(dir, 'root'), '/assets/app.js'))?.body.toString()).toBe('x');
  });

  it('a missing file or a folder is not served', async () => {
    expect(await readRendererFile(join(dir, 'root'), '/nope.js')).toBeUndefined();
    expect(await readRendererFile(join(dir, 'root'), '/assets')).toBeUndefined();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/../root-other/x.html',
    '/a%00b',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    expect(rendererFilePath(join(dir, 'root'), path)).toBeUndefined();
    expect(await readRendererFile(join(dir, 'root'), path)).toBeUndefined();
  });

  it('names the file inside the root, whatever slashes and dots lead to it', () => {
    const root = join(dir, 'root');
    expect(rendererFilePath(root, '//assets/./app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(rendererFilePath(`${root}/`, '/assets/x/../app.js')).toBe(join(root, 'assets', 'app.js'));
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.wav', 'audio/wav'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
