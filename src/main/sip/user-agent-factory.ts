/**
 * AccountConfig → the options of sip.js's UserAgent, Registerer and our transport. Pure mappings, so
 * the choices (no sip.js reconnection, refresh at 90%, no built-in logging) are visible and tested.
 */
import type {
  LogConnector,
  RegistererOptions,
  SessionDescriptionHandlerFactory,
  UserAgentDelegate,
  UserAgentOptions,
} from 'sip.js';
import { UserAgent } from 'sip.js';
import type { Logger } from '../log/logger';
import type { AccountConfig } from './account-config';
import { AccountConfigError } from './account-config';
import { IncomingRequestScreen } from './inbound/incoming-request-screen';
import { LogThrottle } from '../log/log-throttle';
import type { SipTrace, SipTransportOptions } from './transport/sip-transport';
import { WebSocketTransport } from './transport/websocket-transport';

export const USER_AGENT_STRING = 'Softphone/0.1';

/**
 * sip.js's Registerer re-registers at this percentage of the granted expiry; the manual promises a
 * renewal 10% early (sip.js's default is 99%, which cuts it close on a slow link).
 */
export const REFRESH_PERCENT = 90;

/** How long to wait for the answer to a keep-alive, at most. */
export const KEEP_ALIVE_TIMEOUT_MS = 10_000;

export interface UserAgentHooks {
  /** The lead's bridge: media lives in the renderer. */
  sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory;
  delegate: UserAgentDelegate;
  logger: Logger;
  trace?: SipTrace | undefined;
  userAgentString?: string | undefined;
  /** Extra sip.js options for call features (e.g. sipExtensionReplaces); they win over ours. */
  overrides?: Partial<UserAgentOptions> | undefined;
}

type TransportConstructor = NonNullable<UserAgentOptions['transportConstructor']>;

/** The transport class for a server address; UDP/TCP/TLS transports will be chosen here. */
export function transportConstructorFor(server: string): TransportConstructor {
  if (/^wss?:\/\//i.test(server)) return WebSocketTransport;
  throw new AccountConfigError(`No transport for "${server}": only ws:// and wss:// are supported.`);
}

export function transportOptionsFor(
  config: AccountConfig,
  logger: Logger,
  trace?: SipTrace,
): SipTransportOptions {
  const keepAliveIntervalMs = config.keepAliveSeconds * 1000;
  return {
    server: config.server,
    tls: config.tls,
    connectTimeoutMs: config.connectTimeoutMs,
    keepAliveIntervalMs,
    keepAliveTimeoutMs: Math.min(KEEP_ALIVE_TIMEOUT_MS, keepAliveIntervalMs || KEEP_ALIVE_TIMEOUT_MS),
    logger,
    trace,
  };
}

/** sip.js's own log lines go to ours at debug level (sip.js is chatty; our lines say what matters). */
export function sipLogConnector(logger: Logger): LogConnector {
  return (level, category, label, content) => {
    logger.debug(`sip.js ${level} ${category}${label ? ` (${label})` : ''}: ${content}`);
  };
}

export function userAgentOptionsFor(config: AccountConfig, hooks: UserAgentHooks): UserAgentOptions {
  const uri = UserAgent.makeURI(config.aor);
  if (!uri)
    throw new AccountConfigError(`"${config.aor}" is not a valid SIP address; check user name and domain.`);
  return {
    uri,
    authorizationUsername: config.authorizationUserName,
    authorizationPassword: config.password,
    displayName: config.displayName,
    userAgentString: hooks.userAgentString ?? USER_AGENT_STRING,
    transportConstructor: transportConstructorFor(config.server),
    transportOptions: transportOptionsFor(config, hooks.logger.child('transport'), hooks.trace),
    preloadedRouteSet: [...config.routeSet],
    sessionDescriptionHandlerFactory: hooks.sessionDescriptionHandlerFactory,
    delegate: hooks.delegate,
    // reconnectionAttempts stays at sip.js's default 0 (no sip.js reconnection: the AccountAgent
    // reconnects with backoff and jitter). Setting it explicitly only logs a deprecation warning.
    logBuiltinEnabled: false,
    logLevel: 'log',
    logConnector: sipLogConnector(hooks.logger.child('sip.js')),
    // sip.js would print every option with JSON.stringify, including objects we pass in
    logConfiguration: false,
    gracefulShutdown: true,
    // sip.js would send 180 from a promise nobody catches, before our delegate sees the INVITE; the
    // CallManager sends it itself once it decided to ring (or answers 486/415 instead).
    sendInitialProvisionalResponse: false,
    // RFC 5627 §4.1: a REGISTER asks for a GRUU with Supported: gruu (and +sip.instance, see above)
    sipExtensionExtraSupported: ['gruu'],
    // the same +sip.instance at every start (RFC 5627 §4.1): the registrar keeps our GRUU
    ...(config.instanceId ? { instanceId: config.instanceId } : {}),
    ...hooks.overrides,
  };
}

/**
 * @param instanceId the UserAgent's instance id (RFC 5627 +sip.instance): a registrar that supports GRUU
 * answers with a pub-gruu, which sip.js then uses as our Contact in calls. A GRUU reaches us through the
 * registrar's current binding, so in-dialog requests find our new connection after a reconnect (and a
 * restarted server), where a plain WebSocket Contact names a connection that is gone (RFC 7118 §5).
 */
export function registererOptionsFor(config: AccountConfig, instanceId: string): RegistererOptions {
  return {
    expires: config.registrationExpirySeconds,
    refreshFrequency: REFRESH_PERCENT,
    logConfiguration: false,
    extraContactHeaderParams: [`+sip.instance="<urn:uuid:${instanceId}>"`],
  };
}

/** A UserAgent for one account (not started: nothing is sent until the AccountAgent connects). */
export function createUserAgent(config: AccountConfig, hooks: UserAgentHooks): UserAgent {
  const ua = new UserAgent(userAgentOptionsFor(config, hooks));
  screenIncomingMessages(ua, hooks.logger.child('screen'));
  return ua;
}

/** Puts the IncomingRequestScreen between the UserAgent's transport and the UserAgent. */
export function screenIncomingMessages(ua: UserAgent, logger: Logger): void {
  const transport = ua.transport;
  const deliver = transport.onMessage;
  if (!deliver) return;
  const throttle = new LogThrottle(5000);
  const screen = new IncomingRequestScreen({
    deliver,
    reply: (message, reply) => ua.userAgentCore.replyStateless(message, reply),
    ownUser: () => ua.configuration.uri.user,
    supportedOptionTags: () => ua.userAgentCore.configuration.supportedOptionTags,
    parserLogger: ua.getLogger('sip.Parser'),
    warn: (message) => throttle.log((line) => logger.warn(line), message),
  });
  transport.onMessage = (text) => screen.receive(text);
}
