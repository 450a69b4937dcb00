/** The query parameter the web shell's page carries a call link in (`/?link=tel:…`, also the protocol handler's). */
export const linkParam = 'link';

export interface TakenLink {
  uri: string;
  /** The page address without the parameter, for history.replaceState (the access token stays). */
  cleanedUrl: string;
}

/** Takes `?link=` out of a page address; undefined when there is none (or it is empty). */
export function takeLinkParam(href: string): TakenLink | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const uri = url.searchParams.get(linkParam);
  if (uri === null) return undefined;
  url.searchParams.delete(linkParam);
  const cleanedUrl = url.toString();
  const trimmed = uri.trim();
  return trimmed === '' ? undefined : { uri: trimmed, cleanedUrl };
}

/**
 * The address a browser opens for a tel:/sip: link once the page is the scheme's handler. The access
 * token of this run goes with it, since the web shell refuses a page without it.
 */
export function protocolHandlerUrl(origin: string, token: string | undefined): string {
  const tokenPart = token === undefined ? '' : `token=${encodeURIComponent(token)}&`;
  return `${origin}/?${tokenPart}${linkParam}=%s`;
}
