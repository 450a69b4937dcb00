import { describe, expect, it } from 'vitest';
import type { HangupCollapseInput } from '../../../../../src/renderer/features/compact/collapse-on-hangup';
import { collapsesOnHangup } from '../../../../../src/renderer/features/compact/collapse-on-hangup';

const base: HangupCollapseInput = {
  collapseOnHangup: true,
  compactMode: false,
  liveBefore: 1,
  liveNow: 0,
  callWindowShown: true,
};

describe('collapse on hangup', () => {
  it('switches to compact mode when the last call ends with the call window open', () => {
    expect(collapsesOnHangup(base)).toBe(true);
  });

  it('does nothing while the option is off', () => {
    expect(collapsesOnHangup({ ...base, collapseOnHangup: false })).toBe(false);
  });

  it('waits for the last call: one of two calls ending keeps the window', () => {
    expect(collapsesOnHangup({ ...base, liveBefore: 2, liveNow: 1 })).toBe(false);
  });

  it('has nothing to collapse when no call ran, compact mode is on, or the user put the call window away', () => {
    expect(collapsesOnHangup({ ...base, liveBefore: 0 })).toBe(false);
    expect(collapsesOnHangup({ ...base, compactMode: true })).toBe(false);
    expect(collapsesOnHangup({ ...base, callWindowShown: false })).toBe(false);
  });
});
