import { webShellSocketPath, webShellTokenParam } from '../../shared/contract';

interface PageLocation {
  protocol: string;
  host: string;
  search: string;
}

/** The per-run token the web shell printed into the link that opened this page, if any. */
export function webShellToken(location: PageLocation): string | undefined {
  return new URLSearchParams(location.search).get(webShellTokenParam) ?? undefined;
}

/** WebSocket address of the web shell that served this page. */
export function webShellSocketUrl(location: PageLocation): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = webShellToken(location) ?? '';
  return `${scheme}://${location.host}${webShellSocketPath}?${webShellTokenParam}=${encodeURIComponent(token)}`;
}
