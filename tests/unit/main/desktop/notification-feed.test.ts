import { describe, expect, it } from 'vitest';
import type { NotificationRequest } from '../../../../src/shared/contract/desktop';
import { NotificationFeed } from '../../../../src/main/desktop/notification-feed';
import { call, settingsOf } from './fakes';

function setup(overrides: Record<string, unknown> = {}, dnd = false) {
  const shown: NotificationRequest[] = [];
  const closed: string[] = [];
  const feed = new NotificationFeed({
    settings: settingsOf(overrides),
    dnd: () => dnd,
    systemLocale: 'de-DE',
    show: (r) => shown.push(r),
    close: (t) => closed.push(t),
  });
  return { feed, shown, closed };
}

describe('NotificationFeed (web shell)', () => {
  it('turns call lists into show and close, without action buttons, in the resolved language', () => {
    const { feed, shown, closed } = setup();
    feed.calls([call({ id: 'c1' })]);
    feed.calls([call({ id: 'c1', state: 'ended', end: { reason: 'missed' } })]);
    expect(shown.map((r) => [r.kind, r.title, r.actions.length])).toEqual([
      ['incomingCall', 'Eingehender Anruf', 0],
      ['missedCall', 'Verpasster Anruf', 0],
    ]);
    expect(closed).toEqual(['call:c1']);
  });

  it('follows the settings and do not disturb', () => {
    const off = setup({ 'gui.notifications.onNetworkChange': false });
    off.feed.event({ type: 'network', online: false });
    expect(off.shown).toEqual([]);
    const dnd = setup({}, true);
    dnd.feed.calls([call({ id: 'c1' })]);
    expect(dnd.shown).toEqual([]);
  });
});
