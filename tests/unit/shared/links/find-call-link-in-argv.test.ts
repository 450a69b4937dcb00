import { describe, expect, it } from 'vitest';
import { findCallLinkInArgv } from '../../../../src/shared/links/find-call-link-in-argv';

describe('findCallLinkInArgv', () => {
  it('picks the link and ignores the executable, the app path and switches', () => {
    expect(findCallLinkInArgv(['C:\\Program Files\\Softphone\\Softphone.exe', 'tel:+4930123456'])).toBe(
      'tel:+4930123456',
    );
    expect(findCallLinkInArgv(['/usr/bin/electron', '.', '--hidden', 'sip:alice@example.com'])).toBe(
      'sip:alice@example.com',
    );
    expect(
      findCallLinkInArgv([
        'Softphone.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=1337',
        'callto://+4930123/',
      ]),
    ).toBe('callto://+4930123/');
    expect(findCallLinkInArgv(['/opt/Softphone/softphone', '--no-sandbox', 'SIPS:bob@pbx.example.com'])).toBe(
      'SIPS:bob@pbx.example.com',
    );
  });

  it('returns undefined when there is no call link', () => {
    expect(findCallLinkInArgv([])).toBeUndefined();
    expect(findCallLinkInArgv(['Softphone.exe', '--hidden'])).toBeUndefined();
    expect(findCallLinkInArgv(['Softphone.exe', 'https://example.com', 'mailto:a@b.c'])).toBeUndefined();
    // A switch that merely contains a link is a switch.
    expect(findCallLinkInArgv(['Softphone.exe', '--url=tel:+4930123'])).toBeUndefined();
    expect(findCallLinkInArgv(['C:\\tel\\Softphone.exe'])).toBeUndefined();
  });

  it('keeps a quoted link with spaces in one piece and removes the quotes', () => {
    expect(findCallLinkInArgv(['softphone.exe', 'tel:+49 30 123'])).toBe('tel:+49 30 123');
    expect(findCallLinkInArgv(['softphone.exe', '"tel:+49 30 123"'])).toBe('tel:+49 30 123');
    expect(findCallLinkInArgv(['softphone.exe', "'callto:+49 30 123'"])).toBe('callto:+49 30 123');
  });

  it('joins a number that an unquoted registration split into several arguments', () => {
    expect(findCallLinkInArgv(['softphone.exe', 'tel:+49', '30', '123-45', '--hidden'])).toBe(
      'tel:+49 30 123-45',
    );
    expect(findCallLinkInArgv(['softphone.exe', 'callto:(030)', '123'])).toBe('callto:(030) 123');
    // Only numbers continue; sip addresses have no spaces.
    expect(findCallLinkInArgv(['softphone.exe', 'sip:alice@example.com', '30'])).toBe(
      'sip:alice@example.com',
    );
    expect(findCallLinkInArgv(['softphone.exe', 'tel:+49', 'evil'])).toBe('tel:+49');
  });

  it('takes the first link when there are several and tolerates junk entries', () => {
    expect(findCallLinkInArgv(['x', 'tel:1', 'tel:2'])).toBe('tel:1');
    expect(findCallLinkInArgv([undefined, 42, 'tel:1'] as unknown as string[])).toBe('tel:1');
  });
});

describe('findCallLinkInArgv with the link after --', () => {
  it('reads the link after -- (the Windows registration), also in a second instance with added switches', () => {
    expect(findCallLinkInArgv(['C:\\Softphone\\Softphone.exe', '--', 'tel:+4930123456'])).toBe(
      'tel:+4930123456',
    );
    expect(
      findCallLinkInArgv([
        'Softphone.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=1337',
        '--',
        '"sip:alice@example.com"',
      ]),
    ).toBe('sip:alice@example.com');
    expect(findCallLinkInArgv(['Softphone.exe', '--', 'tel:+49', '30', '123'])).toBe('tel:+49 30 123');
  });

  it('ignores anything link-looking before --', () => {
    expect(findCallLinkInArgv(['Softphone.exe', 'tel:+1900666', '--', 'tel:+4930123'])).toBe('tel:+4930123');
    expect(findCallLinkInArgv(['Softphone.exe', 'sip:evil@example.com', '--'])).toBeUndefined();
    // A crafted link after -- is an argument, not a switch, and not a call link either.
    expect(findCallLinkInArgv(['Softphone.exe', '--', '--gpu-launcher=calc.exe', 'tel:1'])).toBe('tel:1');
  });
});
