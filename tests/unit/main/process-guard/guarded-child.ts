// Run by process-guard.test.ts as its own Node process (the guard must not hook vitest's process):
//   node --experimental-transform-types --import ./bench/register-loader.mjs guarded-child.ts SCENARIO [LOGFILE]
// It installs the guard the way the shells do, then misbehaves as the scenario says.
import { FileLogger } from '../../../../src/main/log/logger';
import { Redactor } from '../../../../src/main/log/redact';
import { installProcessGuard } from '../../../../src/main/process-guard';

const [scenario, logFile] = process.argv.slice(2);
const guard = installProcessGuard(process, {
  exit: (code, message) => {
    process.stdout.write(`exit ${code}: ${message}\n`);
    process.exit(code);
  },
  maxExceptions: 3,
});
const alive = () => setImmediate(() => setImmediate(() => process.stdout.write('still alive\n')));

switch (scenario) {
  case 'rejection':
    void Promise.reject(new Error('nobody awaited this'));
    alive();
    break;
  case 'exception':
    setImmediate(() => {
      throw new Error('thrown in a callback');
    });
    alive();
    break;
  case 'repeated-exceptions':
    for (let i = 1; i <= 5; i++) {
      setImmediate(() => {
        throw new Error(`failure ${i}`);
      });
    }
    break;
  case 'logger': {
    const redactor = new Redactor();
    redactor.addSecret('s3cret-value');
    guard.useLogger(new FileLogger({ file: logFile!, redactor }));
    void Promise.reject(new Error('login failed for s3cret-value'));
    alive();
    break;
  }
  case 'fallback-redaction':
    void Promise.reject(new Error('rejected: Authorization: Digest username="a", response="abc"'));
    alive();
    break;
  default:
    throw new Error(`unknown scenario ${scenario}`);
}
