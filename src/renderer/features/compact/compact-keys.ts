/** Settings (src/shared/settings/global-settings.ts) compact mode follows. */
export const compactKeys = {
  compactMode: 'gui.appearance.compactMode',
  collapseOnHangup: 'gui.behaviour.collapseOnHangup',
} as const;
