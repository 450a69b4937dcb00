/** The public entry of features/main-window: all that app/ and other features import from it. */
export { MainWindow } from './MainWindow';
