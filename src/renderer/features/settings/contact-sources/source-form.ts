import type {
  ContactSourceConfig,
  ContactSourceKindName,
  ContactSourceView,
} from '../../../../shared/contract';
import type { LdapCleartextExposure } from '../../../../shared/security/cleartext';
import { defaultLdapSecurity, ldapCleartextExposure } from '../../../../shared/security/cleartext';

export type AddableKind = Exclude<ContactSourceKindName, 'local'>;
export const addableKinds: readonly AddableKind[] = ['ldap', 'xml', 'windows', 'google', 'outlook'];

/** The source form's fields as text, as the inputs hold them. */
export interface SourceFormValues {
  name: string;
  host: string;
  port: string;
  security: 'none' | 'ldaps' | 'starttls';
  ignoreCertificate: boolean;
  bindDn: string;
  baseDn: string;
  resultLimit: string;
  attributePreset: 'inetOrgPerson' | 'activeDirectory';
  location: string;
  auth: 'none' | 'basic' | 'digest';
  userName: string;
  refreshMinutes: string;
  folder: string;
  /** A new password; empty keeps the stored one. */
  secret: string;
}

const blank: SourceFormValues = {
  name: '',
  host: '',
  port: '',
  security: 'none',
  ignoreCertificate: false,
  bindDn: '',
  baseDn: '',
  resultLimit: '50',
  attributePreset: 'inetOrgPerson',
  location: '',
  auth: 'none',
  userName: '',
  refreshMinutes: '60',
  folder: '',
  secret: '',
};

/** The form for an existing source's config, or a new source's defaults. */
export function sourceFormValues(name: string, config: ContactSourceConfig | undefined): SourceFormValues {
  const values: SourceFormValues = { ...blank, name };
  if (config === undefined) return values;
  switch (config.kind) {
    case 'ldap':
      return {
        ...values,
        host: config.host,
        port: config.port === undefined ? '' : String(config.port),
        security: config.security,
        ignoreCertificate: config.ignoreCertificate,
        bindDn: config.bindDn,
        baseDn: config.baseDn,
        resultLimit: String(config.resultLimit),
        attributePreset: config.attributePreset,
      };
    case 'xml':
      return {
        ...values,
        location: config.location,
        auth: config.auth,
        userName: config.userName,
        refreshMinutes: String(config.refreshMinutes),
      };
    case 'windows':
      return { ...values, folder: config.folder };
    case 'google':
    case 'outlook':
      return { ...values, refreshMinutes: String(config.refreshMinutes) };
    default:
      return values;
  }
}

/** Which form field a problem is about, and its translation key under contacts.sources.problem. */
export interface SourceFormProblem {
  field: keyof SourceFormValues;
  problem: 'required' | 'port' | 'resultLimit' | 'refreshMinutes';
}

function integer(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/** The config to send, or the first problem the user must fix (main checks again). */
export function sourceConfigOf(
  kind: AddableKind,
  values: SourceFormValues,
): { config: ContactSourceConfig } | { problem: SourceFormProblem } {
  if (values.name.trim() === '') return { problem: { field: 'name', problem: 'required' } };
  switch (kind) {
    case 'ldap': {
      if (values.host.trim() === '') return { problem: { field: 'host', problem: 'required' } };
      const port = values.port.trim() === '' ? undefined : integer(values.port, 1, 65_535);
      if (values.port.trim() !== '' && port === undefined)
        return { problem: { field: 'port', problem: 'port' } };
      const resultLimit = integer(values.resultLimit, 1, 1000);
      if (resultLimit === undefined) return { problem: { field: 'resultLimit', problem: 'resultLimit' } };
      return {
        config: {
          kind,
          host: values.host.trim(),
          ...(port === undefined ? {} : { port }),
          security: values.security,
          ignoreCertificate: values.ignoreCertificate,
          bindDn: values.bindDn.trim(),
          baseDn: values.baseDn.trim(),
          resultLimit,
          attributePreset: values.attributePreset,
        },
      };
    }
    case 'xml': {
      if (values.location.trim() === '') return { problem: { field: 'location', problem: 'required' } };
      const refreshMinutes = integer(values.refreshMinutes, 0, 10_080);
      if (refreshMinutes === undefined)
        return { problem: { field: 'refreshMinutes', problem: 'refreshMinutes' } };
      return {
        config: {
          kind,
          location: values.location.trim(),
          auth: values.auth,
          userName: values.userName.trim(),
          refreshMinutes,
        },
      };
    }
    case 'windows':
      return { config: { kind, folder: values.folder.trim() } };
    case 'google':
    case 'outlook': {
      const refreshMinutes = integer(values.refreshMinutes, 0, 10_080);
      if (refreshMinutes === undefined)
        return { problem: { field: 'refreshMinutes', problem: 'refreshMinutes' } };
      return { config: { kind, refreshMinutes } };
    }
  }
}

/**
 * A new LDAP source follows main's default security (src/shared/security/cleartext.ts) while the
 * user has not picked one: LDAPS for port 636, StartTLS once a bind DN or password is entered.
 */
export function withDefaultSecurity(values: SourceFormValues, storedSecret: boolean): SourceFormValues {
  const port = integer(values.port, 1, 65_535);
  const hasPassword = storedSecret || values.secret !== '';
  const security = defaultLdapSecurity({ port, bindDn: values.bindDn, hasPassword });
  return security === values.security ? values : { ...values, security };
}

/** What the form's LDAP connection would send unencrypted (the editor's warning). */
export function formCleartextExposure(values: SourceFormValues): LdapCleartextExposure | undefined {
  return ldapCleartextExposure(values);
}

/** What a saved LDAP source sends unencrypted (the card's warning); other kinds: nothing here. */
export function sourceCleartextExposure(source: ContactSourceView): LdapCleartextExposure | undefined {
  return source.config.kind === 'ldap' ? ldapCleartextExposure(source.config) : undefined;
}

/** Sources with a password (LDAP bind, XML HTTP auth). */
export function hasPassword(kind: ContactSourceKindName): boolean {
  return kind === 'ldap' || kind === 'xml';
}

/** The form field a ContractError.field from main points at ("config.host" → "host"). */
export function formFieldOf(field: string | undefined): keyof SourceFormValues | undefined {
  if (field === undefined) return undefined;
  const name = field.replace(/^config\./, '');
  return name in blank ? (name as keyof SourceFormValues) : undefined;
}
