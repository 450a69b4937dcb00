import { describe, expect, it } from 'vitest';
import { PresenceModel } from '../../../../src/main/desktop/presence';

describe('PresenceModel', () => {
  it('sets the DND flag with the dnd state and tells listeners once per change', () => {
    const presence = new PresenceModel();
    const seen: string[] = [];
    presence.subscribe((state) => seen.push(state));
    expect(presence.dnd).toBe(false);
    presence.setDnd(true);
    presence.setDnd(true);
    expect(presence.dnd).toBe(true);
    presence.setDnd(false);
    expect(presence.state).toBe('available');
    presence.set('away');
    presence.setDnd(false);
    expect(presence.state).toBe('away');
    expect(seen).toEqual(['dnd', 'available', 'away']);
  });

  it('refuses an unknown state with a message and keeps the previous one', () => {
    const presence = new PresenceModel('busy');
    expect(() => presence.set('sleeping')).toThrow(/Unknown presence "sleeping": use one of available/);
    expect(presence.state).toBe('busy');
  });
});
