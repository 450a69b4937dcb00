/** The public entry of features/first-run: all that app/ and other features import from it. */
export { FirstRunScreen } from './FirstRunScreen';
export { showsFirstRun } from './first-run-gate';
