/**
 * "Collapse on hangup" (manual, Settings › Behaviour): "If the right-hand call window is open and the
 * call is ended, the softphone changes to compact mode." We follow that sentence: when the last call
 * that is not over ends while the call window was on screen (compact mode off, the user had not put
 * the call window away), compact mode is switched on. The manual does not make it depend on compact
 * mode having been on before, and neither do we: whoever turns the option on asks for the compact window
 * after calls. A call window the user already put away, or a call that ran in compact mode's call bar,
 * has nothing to collapse.
 */
export interface HangupCollapseInput {
  collapseOnHangup: boolean;
  compactMode: boolean;
  /** Calls not over yet, at the previous render and now. */
  liveBefore: number;
  liveNow: number;
  /** The call window was on screen while the last call ran (its last known value). */
  callWindowShown: boolean;
}

export function collapsesOnHangup(input: HangupCollapseInput): boolean {
  return (
    input.collapseOnHangup &&
    !input.compactMode &&
    input.liveBefore > 0 &&
    input.liveNow === 0 &&
    input.callWindowShown
  );
}
