/** The public entry of features/blf: all that app/ and other features import from it. */
export { BlfList } from './BlfList';
