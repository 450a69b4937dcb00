/**
 * Google Contacts and Outlook contacts as cached sources: an OAuth session (refresh token in the
 * keychain) and a sync client, read into the SQLite copy incrementally with the stored sync state.
 *
 *   signedOut ──signIn()──▶ (browser) ──▶ ok ◀──refresh──▶ error
 *       ▲                                  │
 *       └──────── refresh token revoked ───┘
 */
import type { ContactSourceStatusView } from '../../../shared/contract';
import type { UserText } from '../../../shared/contract/user-text';
import { worded } from '../../i18n/translator';
import type { SecretStore } from '../../secrets/secret-store';
import { GoogleContactsClient } from '../google/google-contacts-client';
import { CloudContactsError } from '../oauth/cloud-contacts-error';
import type { OAuthProviderOverrides } from '../oauth/oauth-provider';
import { googleOAuthProvider, microsoftOAuthProvider } from '../oauth/oauth-provider';
import { OAuthSession } from '../oauth/oauth-session';
import { OutlookContactsClient } from '../outlook/outlook-contacts-client';
import { cachedRuntime } from './runtimes';
import type { SourceRecord } from './source-records';
import type { CachedSourceRuntime, RuntimeContext, RuntimeFactory, SourceRuntime } from './source-runtime';

export interface CloudClientIds {
  googleClientId: string;
  /** Google's desktop-client secret, which Google documents as not confidential. */
  googleClientSecret: string;
  outlookClientId: string;
}

export interface CloudEnvironment {
  secrets: SecretStore;
  onSecret?: (value: string) => void;
  clientIds: () => CloudClientIds;
  /** Opens the sign-in page in the system browser (Electron); the web shell shows the link instead. */
  openExternal?: (url: string) => void | Promise<void>;
  /** Tests point the endpoints at the lab's fake servers. */
  endpoints?: {
    google?: { provider?: OAuthProviderOverrides; apiBaseUrl?: string };
    outlook?: { provider?: OAuthProviderOverrides; graphBaseUrl?: string };
  };
}

interface SyncClient {
  sync: GoogleContactsClient['sync'];
  revoke: GoogleContactsClient['revoke'];
}

/** Not signed in (yet): the read stops here and the status asks for the browser sign-in. */
class SignedOut extends Error {
  readonly text: UserText;

  constructor(service: string) {
    const { text, english } = worded('cloud.signInNeeded', { service });
    super(english);
    this.text = text;
  }
}

export class CloudSourceRuntime implements SourceRuntime {
  private signedIn: boolean | undefined;
  private signInUrl: string | undefined;
  private signInFailure: { message: string; text?: UserText } | undefined;
  private signingIn: AbortController | undefined;
  private readonly inner: CachedSourceRuntime;

  constructor(
    record: SourceRecord,
    private readonly context: RuntimeContext,
    refreshMinutes: number,
    private readonly session: OAuthSession,
    private readonly client: SyncClient,
    private readonly openExternal: CloudEnvironment['openExternal'],
  ) {
    this.inner = cachedRuntime(record, context, refreshMinutes, async (state) => {
      if (!(await session.isSignedIn())) {
        this.signedIn = false;
        throw new SignedOut(session.serviceName);
      }
      this.signedIn = true;
      try {
        return await client.sync(state);
      } catch (error) {
        if (error instanceof CloudContactsError && error.code === 'revoked') this.signedIn = false;
        throw error;
      }
    });
  }

  status(): ContactSourceStatusView {
    if (this.signedIn !== false) return this.inner.status();
    const { contactCount, lastSuccessAt } = this.inner.status();
    const { message, text } = this.signInFailure ?? this.signInPrompt();
    return {
      state: 'signedOut',
      message,
      ...(text ? { text } : {}),
      ...(contactCount !== undefined ? { contactCount } : {}),
      ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
      ...(this.signInUrl ? { signInUrl: this.signInUrl } : {}),
    };
  }

  /** What the user is asked to do while signed out: start the sign-in, or finish it in the browser. */
  private signInPrompt(): { message: string; text: UserText } {
    const service = this.session.serviceName;
    const { text, english } = worded(this.signInUrl ? 'cloud.finishSignIn' : 'cloud.signInNeeded', {
      service,
    });
    return { message: english, text };
  }

  refresh(): Promise<void> {
    return this.inner.refresh();
  }

  /**
   * Starts the browser sign-in and resolves once the sign-in page is known (status.signInUrl); the
   * sign-in finishes in the background and reads the contacts. Rejects when it cannot even start.
   */
  signIn(): Promise<void> {
    this.signingIn?.abort();
    const controller = new AbortController();
    this.signingIn = controller;
    this.signInFailure = undefined;
    this.signedIn = false;
    return new Promise<void>((started, failed) => {
      this.session
        .signIn({
          signal: controller.signal,
          openBrowser: async (url) => {
            this.signInUrl = url;
            this.context.onStatus();
            started();
            await this.openExternal?.(url);
          },
        })
        .then(async () => {
          this.signInUrl = undefined;
          this.signedIn = true;
          await this.inner.refresh();
        })
        .catch((error: unknown) => {
          this.signInUrl = undefined;
          if (controller.signal.aborted) return;
          this.signInFailure = {
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof CloudContactsError && error.text ? { text: error.text } : {}),
          };
          this.context.onStatus();
          failed(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  /** Deleting the source: revoke at the provider where it can be, always forget the token here. */
  async forget(): Promise<void> {
    const result = await this.client.revoke();
    if (result.message) this.context.logger.warn(result.message);
  }

  stop(): void {
    this.signingIn?.abort();
    this.inner.stop();
  }
}

export function cloudRuntime(environment: CloudEnvironment): RuntimeFactory {
  return (record, context) => {
    const config = record.config;
    if (config.kind !== 'google' && config.kind !== 'outlook') throw new Error('not a cloud contacts source');
    const ids = environment.clientIds();
    const google = config.kind === 'google';
    const endpoints = google ? environment.endpoints?.google : environment.endpoints?.outlook;
    const provider = google
      ? googleOAuthProvider({
          clientId: ids.googleClientId,
          ...(ids.googleClientSecret ? { clientSecret: ids.googleClientSecret } : {}),
          ...endpoints?.provider,
        })
      : microsoftOAuthProvider({ clientId: ids.outlookClientId, ...endpoints?.provider });
    const session = new OAuthSession({
      sourceId: record.id,
      provider,
      secrets: environment.secrets,
      logger: context.logger,
      ...(environment.onSecret ? { onSecret: environment.onSecret } : {}),
    });
    const apiBase = google
      ? environment.endpoints?.google?.apiBaseUrl
      : environment.endpoints?.outlook?.graphBaseUrl;
    const client = google
      ? new GoogleContactsClient({
          session,
          logger: context.logger,
          ...(apiBase ? { apiBaseUrl: apiBase } : {}),
        })
      : new OutlookContactsClient({
          session,
          logger: context.logger,
          ...(apiBase ? { graphBaseUrl: apiBase } : {}),
        });
    return new CloudSourceRuntime(
      record,
      context,
      config.refreshMinutes,
      session,
      client,
      environment.openExternal,
    );
  };
}

/** Both cloud kinds share one factory. */
export function cloudFactories(environment: CloudEnvironment): {
  google: RuntimeFactory;
  outlook: RuntimeFactory;
} {
  const factory = cloudRuntime(environment);
  return { google: factory, outlook: factory };
}
