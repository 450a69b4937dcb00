export * from './call-link';
export { parseCallLink, isCallLinkScheme } from './parse-call-link';
export { findCallLinkInArgv } from './find-call-link-in-argv';
export * from './link-contract';
