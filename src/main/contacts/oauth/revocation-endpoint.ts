/**
 * Token revocation (RFC 7009) through oauth4webapi. Only Google has an endpoint for public clients.
 */
import * as oauth from 'oauth4webapi';
import type { EndpointRequestOptions } from './authorization-server';
import { authorizationServer, libraryRequestOptions, oauthClient, refusalOf } from './authorization-server';
import { CloudContactsError } from './cloud-contacts-error';
import type { OAuthProvider } from './oauth-provider';

export type RevocationOutcome = { revoked: true } | { revoked: false; message: string };

/**
 * Google documents the revocation request as just `token=…`; the library would add the client's id
 * and secret (RFC 7009 §2.1), so this client authentication adds nothing.
 */
const sendsOnlyTheToken: oauth.ClientAuth = () => undefined;

/** Never throws: the caller forgets the token here whatever the provider said. */
export async function revokeAtProvider(
  provider: OAuthProvider & { revocationEndpoint: string },
  token: string,
  options: EndpointRequestOptions = {},
): Promise<RevocationOutcome> {
  const as = authorizationServer(provider);
  const client = oauthClient(provider);
  try {
    const response = await oauth.revocationRequest(
      as,
      client,
      sendsOnlyTheToken,
      token,
      libraryRequestOptions(provider, provider.revocationEndpoint, options),
    );
    await oauth.processRevocationResponse(response);
    return { revoked: true };
  } catch (error) {
    // RFC 7009 §2.2: 200 when revoked; Google answers 400 invalid_token for a token already dead.
    const refusal = refusalOf(error);
    if (refusal?.error === 'invalid_token') return { revoked: true };
    if (refusal) {
      return {
        revoked: false,
        message: `${provider.serviceName}: the access could not be revoked at the service (HTTP ${refusal.status}); it was removed from this computer. Remove the softphone's access in your account's security settings.`,
      };
    }
    const reason = error instanceof CloudContactsError ? error.message : String(error);
    return {
      revoked: false,
      message: `${reason} The access was removed from this computer; remove the softphone's access in your account's security settings too.`,
    };
  }
}
