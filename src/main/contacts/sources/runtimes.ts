/**
 * How each kind of configured source runs. Cached kinds read through CachedSourceRuntime into the
 * SQLite copy; LDAP is searched live.
 */
import type { UserText } from '../../../shared/contract/user-text';
import type { TlsSettings } from '../../net/tls/tls-options';
import { resolveLdapConfig } from '../ldap/ldap-config';
import { LdapContactSource } from '../ldap/ldap-source';
import { WindowsContactsSource } from '../windows/windows-contacts-source';
import { XmlPhonebookSource } from '../xml/xml-phonebook-source';
import type { SourceRecord } from './source-records';
import type { RuntimeContext, RuntimeFactory, SourceRead } from './source-runtime';
import { CachedSourceRuntime } from './source-runtime';
import { LiveLdapRuntime } from './live-ldap-runtime';

export interface RuntimeEnvironment {
  /** The global TLS settings, read when a source connects. */
  tls: () => Promise<TlsSettings>;
  allowInsecureHttp: () => boolean;
  /** ISO country for reading national numbers in directories. */
  defaultCountry: () => string;
}

/** Thrown by a read; its message (English) or its text (a catalogue code) is shown as the source's status. */
export class SourceReadError extends Error {
  constructor(
    message: string,
    readonly text?: UserText,
  ) {
    super(message);
  }
}

const minute = 60_000;

/** The part after "<kind>:": the source classes add their own kind prefix to make the sourceId. */
function localIdOf(record: SourceRecord): string {
  return record.id.slice(record.kind.length + 1);
}

function filtersOf(record: SourceRecord) {
  return { hideWithoutName: record.hideWithoutName, hideWithoutPhone: record.hideWithoutPhone };
}

/** Wraps a read function in the shared cached-source behaviour (timer, status, SQLite copy). */
export function cachedRuntime(
  record: SourceRecord,
  context: RuntimeContext,
  refreshMinutes: number,
  read: (syncState: string | undefined) => Promise<SourceRead>,
): CachedSourceRuntime {
  const filters = filtersOf(record);
  let syncState = record.syncState;
  const runtime = new CachedSourceRuntime({
    sourceId: record.id,
    refreshMs: refreshMinutes * minute,
    read,
    store: (result) => {
      const count =
        result.kind === 'full'
          ? context.cache.replaceAll(record.id, result.contacts, filters)
          : context.cache.applyChanges(record.id, result.upserts, result.removedIds, filters);
      context.onContacts();
      return count;
    },
    saved: (state, at) => {
      syncState = state;
      const current = context.records.get(record.id);
      if (current) context.records.update({ ...current, syncState: state, lastSuccessAt: at });
    },
    syncState: () => syncState,
    describe: (error) => (error instanceof Error ? error.message : String(error)),
    onStatus: () => context.onStatus(),
    initialCount: context.cache.count(record.id),
    lastSuccessAt: record.lastSuccessAt,
  });
  runtime.start();
  return runtime;
}

export function ldapRuntime(environment: RuntimeEnvironment): RuntimeFactory {
  return (record, context) => {
    if (record.config.kind !== 'ldap') throw new Error('not an LDAP source');
    const { kind: _kind, ...settings } = record.config;
    const source = new LdapContactSource({
      config: resolveLdapConfig({ ...settings, id: localIdOf(record) }),
      password: async () => (await context.secret()) ?? '',
      logger: context.logger,
      name: record.name,
      enabled: record.enabled,
      filters: filtersOf(record),
      tls: () => environment.tls(),
      defaultCountry: environment.defaultCountry,
    });
    return new LiveLdapRuntime(source, () => context.onStatus());
  };
}

export function xmlRuntime(environment: RuntimeEnvironment): RuntimeFactory {
  return (record, context) => {
    const config = record.config;
    if (config.kind !== 'xml') throw new Error('not an XML source');
    return cachedRuntime(record, context, config.refreshMinutes, async () => {
      const password = config.auth === 'none' ? '' : ((await context.secret()) ?? '');
      const source = new XmlPhonebookSource({
        id: localIdOf(record),
        location: config.location,
        auth:
          config.auth === 'none'
            ? { type: 'none' }
            : { type: config.auth, userName: config.userName, password },
        tls: await environment.tls(),
        allowInsecureHttp: environment.allowInsecureHttp(),
        refreshIntervalMs: 0,
        logger: context.logger,
      });
      const status = await source.refresh();
      if (status.state === 'error')
        throw new SourceReadError(status.message ?? 'The phonebook could not be read.', status.text);
      return { kind: 'full', contacts: source.contacts().map((c) => ({ ...c })) };
    });
  };
}

/** Windows has no change notification we could use portably: the folder is read again hourly. */
const windowsRefreshMinutes = 60;

export function windowsRuntime(): RuntimeFactory {
  return (record, context) => {
    const config = record.config;
    if (config.kind !== 'windows') throw new Error('not a Windows contacts source');
    return cachedRuntime(record, context, windowsRefreshMinutes, async () => {
      const source = new WindowsContactsSource({
        ...(config.folder ? { folder: config.folder } : {}),
        logger: context.logger,
      });
      const read = await source.read();
      if (!read.ok) {
        const status = source.status();
        throw new SourceReadError(
          status.message ?? 'The Windows Contacts folder could not be read.',
          status.text,
        );
      }
      if (read.errors.length > 0) {
        context.logger.warn(
          `${read.errors.length} contact file(s) skipped: ${read.errors[0]?.message ?? ''}`,
        );
      }
      return { kind: 'full', contacts: read.contacts };
    });
  };
}
