import { describe, expect, it } from 'vitest';
import type { BehaviourSettings } from '../../../../src/main/desktop/window-behaviour';
import { WindowBehaviour } from '../../../../src/main/desktop/window-behaviour';
import { FakeWindow } from './fakes';

const defaults: BehaviourSettings = {
  startMinimised: false,
  alwaysOnTop: false,
  minimiseToTray: false,
  minimiseOnClose: true,
  focusOnInstantMessage: false,
  flashOnInstantMessage: true,
  activateOnIncomingCall: false,
  flashOnIncomingCall: true,
};

function setup(overrides: Partial<BehaviourSettings> = {}, quitting = false) {
  const window = new FakeWindow();
  const settings = { ...defaults, ...overrides };
  const state = { quitting };
  const behaviour = new WindowBehaviour(
    window,
    () => settings,
    () => state.quitting,
  );
  return { window, settings, behaviour, state };
}

const closeEvent = () => {
  const event = { prevented: 0, preventDefault: () => event.prevented++ };
  return event;
};

describe('WindowBehaviour', () => {
  it('shows the window on start, minimised or not at all as the settings and the launch say', () => {
    const plain = setup({ alwaysOnTop: true });
    plain.behaviour.firstShow(false);
    expect(plain.window.calls).toEqual(['show']);
    expect(plain.window.alwaysOnTop).toBe(true);

    const minimised = setup({ startMinimised: true });
    minimised.behaviour.firstShow(false);
    expect(minimised.window.calls).toEqual(['show', 'minimize']);

    const toTray = setup({ startMinimised: true, minimiseToTray: true });
    toTray.behaviour.firstShow(false);
    expect(toTray.window.calls).toEqual([]);

    const hidden = setup();
    hidden.behaviour.firstShow(true);
    expect(hidden.window.calls).toEqual([]);
  });

  it('turns close into minimise or hide, never a real close before quit', () => {
    const minimise = setup();
    const e1 = closeEvent();
    expect(minimise.behaviour.onClose(e1)).toBe(true);
    expect(e1.prevented).toBe(1);
    expect(minimise.window.calls).toEqual(['minimize']);

    const tray = setup({ minimiseToTray: true });
    tray.behaviour.onClose(closeEvent());
    expect(tray.window.calls).toEqual(['hide']);

    const noMinimise = setup({ minimiseOnClose: false });
    const e2 = closeEvent();
    noMinimise.behaviour.onClose(e2);
    expect(e2.prevented).toBe(1);
    expect(noMinimise.window.calls).toEqual(['hide']);

    const quitting = setup({}, true);
    const e3 = closeEvent();
    expect(quitting.behaviour.onClose(e3)).toBe(false);
    expect(e3.prevented).toBe(0);
  });

  it('minimise to tray hides the window; toggle brings it back restored and focused', () => {
    const { window, behaviour } = setup({ minimiseToTray: true });
    behaviour.firstShow(false);
    window.minimize();
    behaviour.onMinimize();
    expect(window.visible).toBe(false);
    behaviour.toggle();
    expect(window.calls.slice(-3)).toEqual(['restore', 'show', 'focus']);
    behaviour.toggle();
    expect(window.visible).toBe(false);

    const taskbar = setup();
    taskbar.behaviour.onMinimize();
    expect(taskbar.window.calls).toEqual([]);
  });

  it('flashes or activates on an incoming call and on a message as configured', () => {
    const flash = setup();
    flash.behaviour.onIncomingCall();
    expect(flash.window.flashing).toBe(true);
    flash.behaviour.onFocus();
    expect(flash.window.flashing).toBe(false);

    const activate = setup({ activateOnIncomingCall: true });
    activate.behaviour.onIncomingCall();
    expect(activate.window.calls).toEqual(['show', 'focus']);
    expect(activate.window.flashing).toBe(false);

    const message = setup({ focusOnInstantMessage: true });
    message.behaviour.onInstantMessage();
    expect(message.window.focused).toBe(true);

    const quiet = setup({ flashOnInstantMessage: false });
    quiet.behaviour.onInstantMessage();
    expect(quiet.window.flashing).toBe(false);
  });

  it('does not flash a window that already has the focus', () => {
    const { window, behaviour } = setup();
    window.show();
    window.focus();
    behaviour.onIncomingCall();
    expect(window.flashing).toBe(false);
  });
});
