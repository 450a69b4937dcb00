import { describe, expect, it } from 'vitest';
import {
  bannerKey,
  updateBannerContent,
} from '../../../../../src/renderer/features/desktop/update-banner-text';

describe('update banner', () => {
  it('shows only a downloaded update', () => {
    expect(updateBannerContent(undefined)).toBeUndefined();
    for (const state of ['idle', 'checking', 'error'] as const)
      expect(updateBannerContent({ state, waitingForCalls: false, version: '2.0.0' })).toBeUndefined();
    expect(updateBannerContent({ state: 'downloaded', version: '2.0.0', waitingForCalls: false })).toEqual({
      version: '2.0.0',
      waitingForCalls: false,
    });
  });

  it('copes with a missing version and says when the install waits for calls', () => {
    expect(updateBannerContent({ state: 'downloaded', version: ' ', waitingForCalls: true })).toEqual({
      version: undefined,
      waitingForCalls: true,
    });
  });

  it('a put-off banner returns when the install starts waiting or a new version arrives', () => {
    const a = bannerKey({ version: '2.0.0', waitingForCalls: false });
    expect(bannerKey({ version: '2.0.0', waitingForCalls: true })).not.toBe(a);
    expect(bannerKey({ version: '2.0.1', waitingForCalls: false })).not.toBe(a);
    expect(bannerKey({ version: '2.0.0', waitingForCalls: false })).toBe(a);
  });
});
