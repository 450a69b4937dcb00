// Starts a real Kamailio (Debian's 5.6) on loopback for integration tests: registrar, proxy and
// presence server over ws and wss with digest auth, on free ports, from a temp dir it owns.
import { createHash, X509Certificate } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts, waitForTcp } from './free-port';
import { killServer, startServer, stopServer, systemBinary, type ServerProcess } from './process';
import { SipWsClient } from './sip-ws-client';
import { writeSelfSignedCertificate } from './certificate';

export interface LabUser {
  username: string;
  password: string;
}

export interface KamailioOptions {
  /** Subscribers; default 1001, 1002 and 1003. */
  users?: LabUser[];
  /** A subscriber that may PUBLISH message-summary (MWI) for every mailbox. */
  voicemailUser?: LabUser;
  /** registrar min_expires: shorter Expires are raised to this (Kamailio's default is 60). */
  minExpires?: number;
  /**
   * The registrar gives GRUUs (RFC 5627; default true). Off, a client's Contact names its connection,
   * as on a PBX without GRUU: after a reconnect only a target refresh reaches it.
   */
  gruu?: boolean;
  /** Kamailio's debug level (-1 errors .. 3 debug). */
  debugLevel?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Copy Kamailio's log to our stderr; also on with SOFTPHONE_LAB_VERBOSE=1. */
  echoLog?: boolean;
}

export interface KamailioLab {
  wsUrl: string;
  wssUrl: string;
  wsPort: number;
  wssPort: number;
  /** UDP and TCP SIP listener on 127.0.0.1. */
  sipPort: number;
  domain: string;
  users: LabUser[];
  voicemailUser: LabUser;
  /** The per-run self-signed certificate of the wss listener; trust it as a CA. */
  caCertPem: string;
  /** base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  caSpkiSha256: string;
  /** sip:user@domain */
  aor(username: string): string;
  /** The tail of Kamailio's log (stderr), for assertions and failure messages. */
  log(): string;
  /** SIGTERM, SIGKILL after a bound; removes the temp dir. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops (or after kill()) and starts again on the same ports with the same users; registrations are gone. */
  restart(): Promise<void>;
  /** SIGKILL without cleanup, like a crash; restart() or stop() afterwards. */
  kill(): Promise<void>;
}

export const LAB_DOMAIN = '127.0.0.1';

export const DEFAULT_USERS: readonly LabUser[] = [
  { username: '1001', password: 'lab-pass-1001' },
  { username: '1002', password: 'lab-pass-1002' },
  { username: '1003', password: 'lab-pass-1003' },
];

export const DEFAULT_VOICEMAIL_USER: LabUser = { username: 'voicemail', password: 'lab-pass-voicemail' };

const TEMPLATE = fileURLToPath(new URL('./kamailio/kamailio.cfg.tpl', import.meta.url));
const SHIPPED_DBTEXT = '/usr/share/kamailio/dbtext/kamailio';
// auth_db, presence, presence_xml, pua, dialog and usrloc check these tables (and their versions) at start
const DB_TABLES = [
  'version',
  'subscriber',
  'location',
  'location_attrs',
  'presentity',
  'active_watchers',
  'watchers',
  'xcap',
  'pua',
  'dialog',
  'dialog_vars',
];
const USERNAME = /^[A-Za-z0-9._+-]+$/;

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** db_text separates columns with ':' and escapes with '\'. */
function dbTextValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/:/g, '\\:').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function subscriberRows(users: LabUser[], domain: string): string {
  return users
    .map((user, index) => {
      // db_text refuses empty ha1/ha1b, even though auth_db computes HA1 from the password here
      const ha1 = md5(`${user.username}:${domain}:${user.password}`);
      const ha1b = md5(`${user.username}@${domain}:${domain}:${user.password}`);
      return [index + 1, user.username, domain, user.password, ha1, ha1b]
        .map((v) => dbTextValue(String(v)))
        .join(':');
    })
    .join('\n');
}

async function writeDbTemplate(dir: string, users: LabUser[], domain: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of DB_TABLES) {
    let text: string;
    try {
      text = await readFile(join(SHIPPED_DBTEXT, table), 'utf8');
    } catch {
      throw new Error(
        `db_text table ${table} not found in ${SHIPPED_DBTEXT}: is the kamailio package installed?`,
      );
    }
    if (!text.endsWith('\n')) text += '\n';
    if (table === 'subscriber') text += `${subscriberRows(users, domain)}\n`;
    await writeFile(join(dir, table), text);
  }
}

function writeCertificate(dir: string): Promise<{ cert: string; key: string }> {
  return writeSelfSignedCertificate(dir, LAB_DOMAIN);
}

function spkiSha256(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

function tlsConfig(cert: string, key: string): string {
  return [
    '[server:default]',
    'method = TLSv1.2+',
    'verify_certificate = no',
    'require_certificate = no',
    `private_key = ${key}`,
    `certificate = ${cert}`,
    '',
    '[client:default]',
    'method = TLSv1.2+',
    'verify_certificate = no',
    'require_certificate = no',
    '',
  ].join('\n');
}

function fillTemplate(template: string, values: Record<string, string | number>): string {
  const text = template.replace(/@@([A-Z_]+)@@/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`kamailio.cfg.tpl uses ${whole}, which kamailio.ts does not fill`);
    return String(value);
  });
  return text;
}

function validateUsers(users: LabUser[]): void {
  const seen = new Set<string>();
  for (const user of users) {
    if (!USERNAME.test(user.username))
      throw new Error(`lab username ${JSON.stringify(user.username)} must match ${USERNAME}`);
    if (seen.has(user.username)) throw new Error(`lab username ${user.username} given twice`);
    if (!user.password) throw new Error(`lab user ${user.username} needs a password`);
    seen.add(user.username);
  }
}

const isBindFailure = (log: string): boolean =>
  /Address already in use|bind\(.*\) failed|could not bind/i.test(log);

async function probe(url: string, ca: string, timeoutMs: number): Promise<void> {
  const client = await SipWsClient.connect(url, { ca, timeoutMs });
  try {
    const status = await client.options(LAB_DOMAIN);
    if (status !== 200) throw new Error(`OPTIONS keepalive to ${url} answered ${status}`);
  } finally {
    await client.close();
  }
}

export async function startKamailio(options: KamailioOptions = {}): Promise<KamailioLab> {
  const users = (options.users ?? DEFAULT_USERS).map((user) => ({ ...user }));
  const voicemailUser = { ...(options.voicemailUser ?? DEFAULT_VOICEMAIL_USER) };
  validateUsers([...users, voicemailUser]);
  const startTimeoutMs = options.startTimeoutMs ?? 15_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
  const echo = options.echoLog ?? process.env['SOFTPHONE_LAB_VERBOSE'] === '1';

  const dir = await mkdtemp(join(tmpdir(), 'softphone-kamailio-'));
  const runDir = join(dir, 'run');
  const dbTemplateDir = join(dir, 'db-template');
  const dbDir = join(dir, 'db');
  const cfgPath = join(dir, 'kamailio.cfg');
  const tlsPath = join(dir, 'tls.cfg');

  let server: ServerProcess | undefined;
  let stopped = false;
  let ports = { sip: 0, ws: 0, wss: 0 };
  let caCertPem = '';

  const launch = async (): Promise<void> => {
    // pua writes state into its db_text table at shutdown that db_text cannot read back: start fresh
    await rm(dbDir, { recursive: true, force: true });
    await cp(dbTemplateDir, dbDir, { recursive: true });
    await rm(runDir, { recursive: true, force: true });
    await mkdir(runDir, { recursive: true });
    const started = startServer(
      systemBinary('kamailio'),
      ['-DD', '-E', '-m', '64', '-M', '16', '-f', cfgPath],
      {
        tempDir: dir,
        ...(echo ? { echoPrefix: '[kamailio] ' } : {}),
      },
    );
    server = started;
    const abort = new AbortController();
    void started.exited.then((reason) =>
      abort.abort(new Error(`kamailio exited during start-up (${reason})`)),
    );
    try {
      await Promise.all([
        waitForTcp(ports.ws, { timeoutMs: startTimeoutMs, signal: abort.signal }),
        waitForTcp(ports.wss, { timeoutMs: startTimeoutMs, signal: abort.signal }),
      ]);
      // the listeners accept before the workers are up; a real SIP round trip proves the config works
      await Promise.all([
        probe(`ws://${LAB_DOMAIN}:${ports.ws}`, caCertPem, startTimeoutMs),
        probe(`wss://${LAB_DOMAIN}:${ports.wss}`, caCertPem, startTimeoutMs),
      ]);
    } catch (error) {
      await killServer(started);
      const message = error instanceof Error ? error.message : String(error);
      throw new KamailioStartError(
        `kamailio did not become ready: ${message}`,
        started.output.lastLines(60),
        {
          cause: error,
        },
      );
    }
  };

  const writeConfig = async (): Promise<void> => {
    const template = await readFile(TEMPLATE, 'utf8');
    const cfg = fillTemplate(template, {
      DB_DIR: dbDir,
      RUN_DIR: runDir,
      TLS_CFG: tlsPath,
      SIP_PORT: ports.sip,
      WS_PORT: ports.ws,
      WSS_PORT: ports.wss,
      DEBUG: options.debugLevel ?? 1,
      MIN_EXPIRES: options.minExpires ?? 10,
      GRUU: options.gruu === false ? 0 : 1,
      VOICEMAIL_USER: voicemailUser.username,
    });
    await writeFile(cfgPath, cfg);
  };

  try {
    await writeDbTemplate(dbTemplateDir, [...users, voicemailUser], LAB_DOMAIN);
    const { cert, key } = await writeCertificate(dir);
    caCertPem = await readFile(cert, 'utf8');
    await writeFile(tlsPath, tlsConfig(cert, key));
    // another process can take a port between our probe and Kamailio's bind: retry with new ports
    for (let attempt = 1; ; attempt++) {
      const [sip = 0, ws = 0, wss = 0] = await freePorts(3);
      ports = { sip, ws, wss };
      await writeConfig();
      try {
        await launch();
        break;
      } catch (error) {
        if (attempt >= 3 || !(error instanceof KamailioStartError) || !isBindFailure(error.log)) throw error;
      }
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const stopProcess = async (): Promise<void> => {
    if (server) await stopServer(server, stopTimeoutMs);
  };

  return {
    wsUrl: `ws://${LAB_DOMAIN}:${ports.ws}`,
    wssUrl: `wss://${LAB_DOMAIN}:${ports.wss}`,
    wsPort: ports.ws,
    wssPort: ports.wss,
    sipPort: ports.sip,
    domain: LAB_DOMAIN,
    users,
    voicemailUser,
    caCertPem,
    caSpkiSha256: spkiSha256(caCertPem),
    aor: (username) => `sip:${username}@${LAB_DOMAIN}`,
    log: () => server?.output.toString() ?? '',
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await stopProcess();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async restart() {
      if (stopped) throw new Error('restart() after stop(): start a new lab instead');
      await stopProcess();
      // the old workers can hold the sockets for a moment after the group is killed
      for (let attempt = 1; ; attempt++) {
        try {
          await launch();
          return;
        } catch (error) {
          if (attempt >= 5 || !(error instanceof KamailioStartError) || !isBindFailure(error.log))
            throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    },
    async kill() {
      if (server) await killServer(server);
    },
  };
}

export class KamailioStartError extends Error {
  constructor(
    message: string,
    readonly log: string,
    options?: ErrorOptions,
  ) {
    super(`${message}\n--- kamailio output (last lines) ---\n${log}`, options);
    this.name = 'KamailioStartError';
  }
}
