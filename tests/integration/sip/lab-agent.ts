// Helpers for the SIP layer's lab tests: an AccountAgent for a lab user with its registration events and
// a count of the REGISTERs it sent, and a check of whether Kamailio can reach a user right now.
import type { SessionDescriptionHandlerFactory } from 'sip.js';
import type { KamailioLab, LabUser } from '../../lab/kamailio';
import { SipWsClient } from '../../lab/sip-ws-client';
import type { Logger } from '../../../src/main/log/logger';
import type { AccountConfig } from '../../../src/main/sip/account-config';
import { AccountAgent, type AccountAgentOptions } from '../../../src/main/sip/registration/account-agent';
import type { RegistrationStatus } from '../../../src/main/sip/registration/registration-failure';

export const noMedia: SessionDescriptionHandlerFactory = () => {
  throw new Error('registration tests make no calls');
};

/** Collects log lines (printed with SOFTPHONE_LAB_VERBOSE=1) for failure messages. */
export function labLogger(prefix: string, lines: string[] = [], onLine?: () => void): Logger {
  const verbose = process.env['SOFTPHONE_LAB_VERBOSE'] === '1';
  const write =
    (level: string) =>
    (message: string, details?: unknown): void => {
      const line = `${Date.now() % 100_000} ${level} [${prefix}] ${message}${details instanceof Error ? ` ${details.message}` : ''}`;
      lines.push(line);
      onLine?.();
      if (verbose) process.stderr.write(`${line}\n`);
    };
  const logger: Logger = {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (scope) => labLogger(`${prefix}:${scope}`, lines, onLine),
  };
  return logger;
}

export function labConfig(
  lab: KamailioLab,
  user: LabUser,
  overrides: Partial<AccountConfig> = {},
): AccountConfig {
  return {
    accountId: `lab-${user.username}`,
    aor: lab.aor(user.username),
    authorizationUserName: user.username,
    password: user.password,
    displayName: '',
    server: lab.wsUrl,
    routeSet: [],
    registrationExpirySeconds: 300,
    keepAliveSeconds: 30,
    connectTimeoutMs: 5000,
    tls: { minVersion: 'TLSv1.2', strongCiphersOnly: true, verifyCertificate: true },
    ...overrides,
  };
}

export interface StampedStatus extends RegistrationStatus {
  at: number;
}

export class AgentHarness {
  readonly agent: AccountAgent;
  readonly events: StampedStatus[] = [];
  /** Times at which a REGISTER left the transport. */
  readonly registers: number[] = [];
  readonly log: string[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(config: AccountConfig, options: Partial<AccountAgentOptions> = {}) {
    this.agent = new AccountAgent({
      config,
      sessionDescriptionHandlerFactory: noMedia,
      logger: labLogger(config.accountId, this.log),
      delegate: {
        onRegistration: (_id, status) => {
          this.events.push({ ...status, at: Date.now() });
          for (const wake of this.waiters) wake();
        },
      },
      trace: (direction, message) => {
        if (direction === 'out' && message.startsWith('REGISTER ')) this.registers.push(Date.now());
      },
      ...options,
    });
  }

  get state(): RegistrationStatus['state'] {
    return this.agent.registration.state;
  }

  /** The position of the next event, for waitFor(…, from). */
  mark(): number {
    return this.events.length;
  }

  /** Resolves with the first event from position `from` on in the given state; rejects after timeoutMs. */
  waitFor(state: RegistrationStatus['state'], timeoutMs: number, from = 0): Promise<StampedStatus> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const event = this.events.slice(from).find((e) => e.state === state);
        if (!event) return false;
        cleanup();
        resolve(event);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `no "${state}" within ${timeoutMs} ms; events: ${JSON.stringify(this.events)}\n${this.log.slice(-40).join('\n')}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = (): void => {
        check();
      };
      if (!check()) this.waiters.add(wake);
    });
  }
}

/**
 * Sends an authenticated OPTIONS from `caller` to `callee` through Kamailio and returns the status:
 * 200 when Kamailio has a contact for the callee (our UserAgent answers), 480 when it has none.
 */
export async function reachUser(lab: KamailioLab, caller: LabUser, callee: LabUser): Promise<number> {
  const client = await SipWsClient.connect(lab.wsUrl, { timeoutMs: 5000 });
  try {
    const response = await client.requestWithAuth(
      {
        method: 'OPTIONS',
        requestUri: lab.aor(callee.username),
        from: lab.aor(caller.username),
        to: lab.aor(callee.username),
      },
      { username: caller.username, password: caller.password },
    );
    return response.status;
  } finally {
    await client.close();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
