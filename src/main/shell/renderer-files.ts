/**
 * The built renderer's files as both shells serve them (the web shell over HTTP, the Electron shell
 * through its app:// protocol): a URL path names a file below the renderer's folder, and nothing else.
 * Plain Node, no Electron.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** The MIME type a file is served with, by its extension (unknown ones as opaque bytes). */
export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file below root that a URL path (still percent-encoded, as in a URL) names: `/` is index.html.
 * undefined for a bad escape, a NUL or a backslash (a separator on Windows), and for anything that
 * resolves outside root (`..`, encoded or not).
 */
export function rendererFilePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = normalize(root);
  const file = normalize(join(base, relative));
  const inside = base.endsWith(sep) ? base : base + sep;
  return file.startsWith(inside) ? file : undefined;
}

/** Reads the file a URL path names below root; undefined for anything outside root or missing. */
export async function readRendererFile(root: string, urlPath: string): Promise<RendererFile | undefined> {
  const file = rendererFilePath(root, urlPath);
  if (file === undefined) return undefined;
  try {
    return { body: await readFile(file), contentType: contentTypeOf(file) };
  } catch {
    return undefined; // missing, or a folder
  }
}
