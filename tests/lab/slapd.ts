// Starts Debian's slapd on loopback with our own slapd.conf (never /etc/ldap's), loaded with slapadd.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForTcp } from './free-port';
import { run, startServer, stopServer, systemBinary, type ServerProcess } from './process';

export interface SlapdOptions {
  /** Entries to load; the base entry is added unless the LDIF has one. Raw UTF-8 values are fine. */
  ldif?: string;
  /**
   * Serve TLS with this certificate: StartTLS on the ldap:// port and a second ldaps:// listener.
   * Debian's slapd uses GnuTLS, which reads PEM keys (PKCS#8 or SEC1); slapd must be able to read
   * the key file, which holds here because it runs as the test's own user.
   */
  tls?: { cert: string; key: string };
  /** slapd's own `sizelimit` (entries per search); the rootdn is exempt, anonymous searches are not. */
  sizeLimit?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

export interface SlapdLab {
  url: string;
  port: number;
  /** Set when started with `tls`. */
  ldapsUrl?: string;
  ldapsPort?: number;
  baseDn: string;
  bindDn: string;
  bindPassword: string;
  log(): string;
  stop(): Promise<void>;
}

export const LDAP_BASE_DN = 'dc=example,dc=com';
const BIND_DN = `cn=admin,${LDAP_BASE_DN}`;
const BIND_PASSWORD = 'lab-ldap-admin';
const SCHEMA_DIR = '/etc/ldap/schema';

const BASE_ENTRY = [
  `dn: ${LDAP_BASE_DN}`,
  'objectClass: dcObject',
  'objectClass: organization',
  'o: Example',
  'dc: example',
  '',
].join('\n');

function slapdConf(dir: string, tls: SlapdOptions['tls'], sizeLimit: number | undefined): string {
  return [
    `include ${SCHEMA_DIR}/core.schema`,
    `include ${SCHEMA_DIR}/cosine.schema`,
    `include ${SCHEMA_DIR}/inetorgperson.schema`,
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    // global TLS settings (slapd.conf(5)): the same certificate serves StartTLS and ldaps://
    ...(tls ? [`TLSCertificateFile ${tls.cert}`, `TLSCertificateKeyFile ${tls.key}`] : []),
    ...(sizeLimit ? [`sizelimit ${sizeLimit}`] : []),
    'modulepath /usr/lib/ldap',
    'moduleload back_mdb',
    'database mdb',
    'maxsize 67108864',
    `suffix "${LDAP_BASE_DN}"`,
    `rootdn "${BIND_DN}"`,
    `rootpw ${BIND_PASSWORD}`,
    `directory ${join(dir, 'data')}`,
    'index objectClass eq',
    '',
  ].join('\n');
}

function withBaseEntry(ldif: string): string {
  const hasBase = new RegExp(`^dn:\\s*${LDAP_BASE_DN.replace(/[.,=]/g, '\\$&')}\\s*$`, 'im').test(ldif);
  return hasBase ? ldif : `${BASE_ENTRY}\n${ldif}`;
}

export async function startSlapd(options: SlapdOptions = {}): Promise<SlapdLab> {
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  const dir = await mkdtemp(join(tmpdir(), 'softphone-slapd-'));
  let server: ServerProcess | undefined;
  try {
    await mkdir(join(dir, 'data'));
    const conf = join(dir, 'slapd.conf');
    const ldifPath = join(dir, 'data.ldif');
    await writeFile(conf, slapdConf(dir, options.tls, options.sizeLimit));
    await writeFile(ldifPath, withBaseEntry(options.ldif ?? ''));
    await run(systemBinary('slapadd'), ['-f', conf, '-l', ldifPath]);

    // a port can be taken between our probe and slapd's bind: then slapd exits and we try another
    let port = 0;
    let ldapsPort = 0;
    let started: ServerProcess | undefined;
    for (let attempt = 1; !started; attempt++) {
      port = await freePort();
      ldapsPort = 0;
      // freePort releases its probe, so a second call may hand out the same port again
      while (options.tls && (ldapsPort === 0 || ldapsPort === port)) ldapsPort = await freePort();
      const listeners = [`ldap://127.0.0.1:${port}/`];
      if (options.tls) listeners.push(`ldaps://127.0.0.1:${ldapsPort}/`);
      const candidate = startServer(
        systemBinary('slapd'),
        ['-f', conf, '-h', listeners.join(' '), '-d', '0'],
        {
          tempDir: dir,
        },
      );
      server = candidate;
      const abort = new AbortController();
      void candidate.exited.then((reason) =>
        abort.abort(new Error(`slapd exited during start-up (${reason})`)),
      );
      try {
        await waitForTcp(port, { timeoutMs: startTimeoutMs, signal: abort.signal });
        if (options.tls) await waitForTcp(ldapsPort, { timeoutMs: startTimeoutMs, signal: abort.signal });
        started = candidate;
      } catch (error) {
        await stopServer(candidate, 1_000);
        if (attempt < 3 && candidate.output.toString().includes('Address already in use')) continue;
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `slapd did not become ready: ${message}\n--- slapd output ---\n${candidate.output.lastLines(40)}`,
          {
            cause: error,
          },
        );
      }
    }
    if (!started) throw new Error('slapd did not start');
    const running = started;
    let stopped = false;
    return {
      url: `ldap://127.0.0.1:${port}`,
      port,
      ...(options.tls ? { ldapsUrl: `ldaps://127.0.0.1:${ldapsPort}`, ldapsPort } : {}),
      baseDn: LDAP_BASE_DN,
      bindDn: BIND_DN,
      bindPassword: BIND_PASSWORD,
      log: () => running.output.toString(),
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await stopServer(running, options.stopTimeoutMs ?? 5_000);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    if (server) await stopServer(server, 1_000);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
