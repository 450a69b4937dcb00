/** The public entry of features/history: all that app/ and other features import from it. */
export { HistoryList } from './HistoryList';
