/** Which screen fills the window. The account editor edits `accountId`, or adds one when undefined. */
export type View =
  { screen: 'main' } | { screen: 'settings' } | { screen: 'account'; accountId: string | undefined };
