import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

const pageRoot = resolve(import.meta.dirname, 'page');

/** Bundles the test page (and with it the media engine) into `outDir`. */
export async function buildMediaPage(outDir: string): Promise<void> {
  await build({
    root: pageRoot,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A static server for `dir` on 127.0.0.1 (a secure context for getUserMedia), on a free port. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A mono 48 kHz sine WAV for Chromium's fake microphone, made with sox. */
export async function makeToneWav(file: string, frequencyHz: number, seconds = 20): Promise<void> {
  const args = ['-n', '-r', '48000', '-c', '1', '-b', '16', file, 'synth', String(seconds), 'sine'];
  args.push(String(frequencyHz), 'vol', '0.5');
  await new Promise<void>((done, fail) => {
    const sox = spawn('sox', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    sox.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    sox.once('error', fail);
    sox.once('exit', (code) => (code === 0 ? done() : fail(new Error(`sox exited with ${code}: ${stderr}`))));
  });
}
