import { describe, expect, it } from 'vitest';
import { blfTarget } from '../../../../src/main/blf/blf-target';

const text = (target: string, domain = 'pbx.example.com:5061') => {
  const result = blfTarget(target, domain);
  return 'text' in result ? result.text : result.problem;
};

describe('blfTarget', () => {
  it('puts an extension or number at the account domain', () => {
    expect(text('1002')).toBe('sip:1002@pbx.example.com:5061');
    expect(text(' +49 (30) 123-45 ')).toBe('sip:+493012345@pbx.example.com:5061');
    expect(text('*8#')).toBe('sip:*8%23@pbx.example.com:5061');
  });

  it('keeps a SIP URI and adds the scheme to user@host', () => {
    expect(text('sip:desk@other.example')).toBe('sip:desk@other.example');
    expect(text('sips:desk@other.example')).toBe('sips:desk@other.example');
    expect(text('desk@other.example')).toBe('sip:desk@other.example');
  });

  it('refuses what is not watchable, with a message', () => {
    expect(text('Zentrale <200>')).toContain('not an extension or SIP address');
    expect(text('')).toContain('not an extension or SIP address');
    expect(text('1002', '')).toContain('no domain');
    expect(text('sip:')).toContain('not an extension or SIP address');
  });

  it('names the problem as a catalogue code', () => {
    expect(blfTarget('Zentrale <200>', 'pbx')).toMatchObject({
      problemText: { key: 'blf.notTarget', params: { target: 'Zentrale <200>' } },
    });
    expect(blfTarget('1002', '')).toMatchObject({ problemText: { key: 'blf.noDomain' } });
  });
});
