// Run by call-history-crash.test.ts as its own Node process: opens the history in the database file
// given, writes a call that is ringing and one that was answered, then kills itself with SIGKILL
// (what a crash or `kill -9` does: no close, no exit handlers).
import { openDatabase } from '../../../../src/main/db/database';
import { CallHistory } from '../../../../src/main/history/call-history';

const file = process.argv[2]!;
const history = new CallHistory(openDatabase(file), () => undefined, undefined, { now: () => 3000 });
const base = {
  accountId: 'acc',
  remoteName: '',
  muted: false,
  silenced: false,
  earlyMedia: false,
  remoteHold: false,
} as const;
history.record({
  ...base,
  id: 'ringing',
  direction: 'incoming',
  state: 'incoming',
  remoteNumber: '1001',
  startedAt: 1000,
});
history.record({
  ...base,
  id: 'talking',
  direction: 'outgoing',
  state: 'active',
  remoteNumber: '1002',
  startedAt: 2000,
  answeredAt: 2500,
});
process.kill(process.pid, 'SIGKILL');
