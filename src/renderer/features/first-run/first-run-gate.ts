/**
 * Whether the first-run screen takes the main window's place. `wanted` is the user's choice this
 * session (undefined until they make one: "Set up manually", "Set up" from the empty main window, or a
 * successful set-up); `unconfigured` is latched once main reported no provisioning server, so that a
 * failed first attempt which stored the address does not close the screen under the user's hands.
 */
export function showsFirstRun(options: {
  accountCount: number | undefined;
  wanted: boolean | undefined;
  unconfigured: boolean;
}): boolean {
  if (options.accountCount !== 0) return false;
  return options.wanted ?? options.unconfigured;
}
