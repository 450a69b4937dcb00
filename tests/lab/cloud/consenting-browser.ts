/**
 * What a user's browser does in the OAuth sign-in against the fakes: open the authorization URL,
 * consent, follow the redirect to the app's loopback listener. Resolves with the page the app showed.
 */
export async function consentInBrowser(url: string): Promise<string> {
  const authorize = await fetch(url, { redirect: 'manual' });
  const location = authorize.headers.get('location');
  if (authorize.status !== 302 || !location) throw new Error(`authorize answered ${authorize.status}`);
  return (await fetch(location)).text();
}
