import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/shared/contract/calls';
import { callShortcutHandlers, clipboardNumber } from '../../../../src/main/desktop/call-shortcuts';
import { call } from './fakes';

function setup(list: CallView[], clipboard = '', failDial = false) {
  const done: string[] = [];
  const errors: string[] = [];
  const ok = (what: string) => {
    done.push(what);
    return Promise.resolve();
  };
  const handlers = callShortcutHandlers(
    {
      list: () => list,
      answer: (id) => ok(`answer ${id}`),
      reject: (id) => ok(`reject ${id}`),
      hangup: (id) => ok(`hangup ${id}`),
      mute: (id, muted) => ok(`mute ${id} ${muted}`),
      dial: (target) =>
        failDial ? Promise.reject(new Error('Letters cannot be dialled.')) : ok(`dial ${target}`),
    },
    () => Promise.resolve(clipboard),
    (message) => errors.push(message),
  );
  return { handlers, done, errors };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('callShortcutHandlers', () => {
  it('answers the ringing call, hangs up the active one, declines when only ringing', () => {
    const both = setup([call({ id: 'r' }), call({ id: 'a', state: 'active' })]);
    both.handlers.answer();
    both.handlers.hangup();
    both.handlers.mute();
    expect(both.done).toEqual(['answer r', 'hangup a', 'mute a true']);
    const ringing = setup([call({ id: 'r' })]);
    ringing.handlers.hangup();
    ringing.handlers.mute();
    expect(ringing.done).toEqual(['reject r']);
  });

  it('dials the clipboard and reports what failed', async () => {
    const good = setup([], '  +49 30 1234\nsecond line');
    good.handlers.dialClipboard();
    await flush();
    expect(good.done).toEqual(['dial +49 30 1234']);
    const empty = setup([], 'hello');
    empty.handlers.dialClipboard();
    await flush();
    expect(empty.errors).toEqual(['The clipboard holds no phone number or SIP address to dial.']);
    const refused = setup([], '0800 CALL', true);
    refused.handlers.dialClipboard();
    await flush();
    expect(refused.errors).toEqual(['Dialling the clipboard by shortcut failed: Letters cannot be dialled.']);
  });

  it('reads a number or SIP address off the clipboard', () => {
    expect(clipboardNumber('sip:bob@pbx.example')).toBe('sip:bob@pbx.example');
    expect(clipboardNumber('\n\n  200  ')).toBe('200');
    expect(clipboardNumber('x'.repeat(120) + '1'.repeat(20))).toBeUndefined();
    expect(clipboardNumber('12\u00073')).toBeUndefined();
    expect(clipboardNumber('')).toBeUndefined();
  });
});
