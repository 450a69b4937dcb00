import { describe, expect, it } from 'vitest';
import { QuitController } from '../../../../src/main/desktop/quit-controller';

function setup(calls: number, answer: boolean | Error = true) {
  const state = { calls, asked: 0, quits: 0 };
  const controller = new QuitController({
    callsInProgress: () => state.calls,
    confirm: () => {
      state.asked++;
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    language: () => 'en',
    quit: () => state.quits++,
  });
  return { state, controller };
}

describe('QuitController', () => {
  it('quits at once without a call', async () => {
    const { state, controller } = setup(0);
    await expect(controller.requestQuit()).resolves.toBe(true);
    expect(state).toMatchObject({ asked: 0, quits: 1 });
    expect(controller.quitting).toBe(true);
  });

  it('asks during a call and stays when the user cancels (or the question fails)', async () => {
    const cancel = setup(1, false);
    await expect(cancel.controller.requestQuit()).resolves.toBe(false);
    expect(cancel.state).toMatchObject({ asked: 1, quits: 0 });
    expect(cancel.controller.quitting).toBe(false);

    const broken = setup(1, new Error('no dialog'));
    await expect(broken.controller.requestQuit()).resolves.toBe(false);
    expect(broken.state.quits).toBe(0);

    const confirm = setup(2, true);
    await expect(confirm.controller.requestQuit()).resolves.toBe(true);
    expect(confirm.state).toMatchObject({ asked: 1, quits: 1 });
  });

  it('asks once for several quick Quit clicks', async () => {
    const { state, controller } = setup(1, true);
    const first = controller.requestQuit();
    const second = controller.requestQuit();
    await Promise.all([first, second]);
    expect(state.asked).toBe(1);
  });

  it('holds a quit the OS started during a call and asks; lets it through otherwise', async () => {
    const busy = setup(1, true);
    let prevented = 0;
    busy.controller.onBeforeQuit({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(busy.state).toMatchObject({ asked: 1, quits: 1 });
    busy.controller.onBeforeQuit({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);

    const idle = setup(0);
    idle.controller.onBeforeQuit({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    expect(idle.controller.quitting).toBe(true);
  });
});
