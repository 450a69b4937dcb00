import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileLogger } from '../../../../src/main/log/logger';
import { REDACTED, Redactor } from '../../../../src/main/log/redact';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('Redactor', () => {
  const redactor = new Redactor();

  it('removes SIP Authorization and Proxy-Authorization values', () => {
    const sip = [
      'REGISTER sip:pbx.example.com SIP/2.0',
      'Authorization: Digest username="1001", realm="pbx", nonce="abc", response="6629fae49393a05397450978507c4ef1"',
      'proxy-authorization:Digest username="1001", response="deadbeef"',
      'Contact: <sip:1001@host>',
    ].join('\r\n');
    const out = redactor.redact(sip);
    expect(out).not.toContain('6629fae4');
    expect(out).not.toContain('deadbeef');
    expect(out).toContain(`Authorization: ${REDACTED}`);
    expect(out).toContain('Contact: <sip:1001@host>');
  });

  it.each([
    ['{"password":"p@ss word"}', 'p@ss word'],
    ['password=hunter2&user=a', 'hunter2'],
    ["{ refresh_token: 'r-123' }", 'r-123'],
    ['https://admin:topsecret@pbx.example.com/cfg', 'topsecret'],
  ])('removes the secret in %s', (input, secret) => {
    expect(redactor.redact(input)).not.toContain(secret);
  });

  it('removes registered secret values wherever they appear', () => {
    const r = new Redactor();
    r.addSecret('Xy9-unusual');
    expect(r.redact('failed to log in with Xy9-unusual at host')).toBe(
      `failed to log in with ${REDACTED} at host`,
    );
  });
});

describe('FileLogger', () => {
  it('writes redacted lines to the file', () => {
    const file = join(dir, 'logs', 'main.log');
    const redactor = new Redactor();
    redactor.addSecret('the-password-1');
    const logger = new FileLogger({ file, redactor });
    logger.info('login with the-password-1', { password: 'the-password-1' });
    logger.child('sip').warn('Authorization: Digest response="abc"');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('the-password-1');
    expect(text).not.toContain('response="abc"');
    expect(text).toMatch(/INFO \[main\] login with/);
    expect(text).toMatch(/WARN \[main:sip\]/);
  });

  it('rotates by size and keeps a bounded number of files', () => {
    const file = join(dir, 'main.log');
    const logger = new FileLogger({ file, redactor: new Redactor(), maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) logger.info(`line ${i} ${'x'.repeat(40)}`);
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    expect(readFileSync(file, 'utf8').length).toBeLessThanOrEqual(200);
    expect(readFileSync(file, 'utf8')).toContain('line 39');
  });

  it('drops lines below its level', () => {
    const file = join(dir, 'main.log');
    const logger = new FileLogger({ file, redactor: new Redactor(), level: 'warn' });
    logger.info('quiet');
    logger.error('loud');
    expect(readFileSync(file, 'utf8')).not.toContain('quiet');
  });
});
