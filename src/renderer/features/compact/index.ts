/** The public entry of features/compact: all that app/ and other features import from it. */
export { CompactMenuBar } from './CompactMenuBar';
export { CompactToggle } from './CompactToggle';
export { useCollapseOnHangup, useCompactMode } from './use-compact-mode';
