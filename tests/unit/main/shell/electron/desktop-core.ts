import type { CallView } from '../../../../../src/shared/contract/calls';
import type { AccountView } from '../../../../../src/shared/contract/models';
import { DesktopEventHub } from '../../../../../src/main/desktop/desktop-events';
import { DesktopStatus } from '../../../../../src/main/desktop/desktop-status';
import { PresenceModel } from '../../../../../src/main/desktop/presence';
import { makeMiniCore } from '../../../../support/mini-core';
import { settingsOf } from '../../desktop/fakes';

/** The mini core plus what the desktop follows: settings (the real table's defaults), calls, accounts. */
export function makeDesktopCore(overrides: Record<string, unknown> = {}) {
  const mini = makeMiniCore();
  const settings = settingsOf(overrides);
  let calls: CallView[] = [];
  const accounts: AccountView[] = [
    { id: 'a1', settings: {}, locked: [], passwordSet: true, registration: { state: 'registered' } },
  ];
  const done: string[] = [];
  const record = (what: string) => {
    done.push(what);
    return Promise.resolve();
  };
  const core = Object.assign(mini, {
    settings,
    accounts: { list: () => accounts },
    calls: {
      list: () => calls,
      answer: (id: string) => record(`answer ${id}`),
      reject: (id: string) => record(`reject ${id}`),
      hangup: (id: string) => record(`hangup ${id}`),
      mute: (id: string, muted: boolean) => record(`mute ${id} ${muted}`),
      dial: (target: string) => record(`dial ${target}`),
    },
    desktop: new DesktopStatus(mini.events),
    desktopEvents: new DesktopEventHub(),
    presence: new PresenceModel(),
    links: {
      handle: (raw: string, origin: string) => record(`link ${origin} ${raw}`),
      ready: () => record('links ready'),
    },
  });
  return {
    core,
    done,
    setCalls(next: CallView[]) {
      calls = next;
      core.events.emit('calls.changed', { calls: next });
    },
    changeSetting(key: string, value: unknown) {
      settings.values[key] = value;
      core.events.emit('settings.changed', { values: {}, locked: [], secretsSet: [] });
    },
  };
}
