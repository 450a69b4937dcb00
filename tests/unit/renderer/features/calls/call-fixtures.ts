import type { CallView } from '../../../../../src/shared/contract';

/** A call as main reports it, with what a test does not care about filled in. */
export function call(id: string, state: CallView['state'], extra: Partial<CallView> = {}): CallView {
  return {
    id,
    accountId: 'acc-1',
    direction: 'outgoing',
    state,
    remoteNumber: '2042',
    remoteName: '',
    startedAt: 1_000,
    muted: false,
    silenced: false,
    earlyMedia: false,
    remoteHold: false,
    ...extra,
  };
}
