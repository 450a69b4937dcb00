import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSourceView } from '../../../../shared/contract';
import { useApi } from '../../../kit/api-context';
import { useAnnouncer } from '../../../kit/announcer';
import { asContractError, contractErrorText } from '../../../i18n/contract-error-text';
import { AlertIcon } from '../../../ui/icons';
import type { AddableKind, SourceFormValues } from './source-form';
import {
  formCleartextExposure,
  formFieldOf,
  hasPassword,
  sourceConfigOf,
  sourceFormValues,
  withDefaultSecurity,
} from './source-form';

interface SourceEditorProps {
  kind: AddableKind;
  /** The source edited; undefined adds a new one. */
  source: ContactSourceView | undefined;
  onDone: () => void;
}

type Key = keyof SourceFormValues;
type OptionName = 'none' | 'ldaps' | 'starttls' | 'inetOrgPerson' | 'activeDirectory' | 'basic' | 'digest';

/** Protocol and product names, the same in every language. */
const technicalNames: Record<Exclude<OptionName, 'none'>, string> = {
  ldaps: 'LDAPS (TLS)',
  starttls: 'StartTLS',
  inetOrgPerson: 'OpenLDAP (inetOrgPerson)',
  activeDirectory: 'Active Directory',
  basic: 'HTTP Basic',
  digest: 'HTTP Digest',
};

/** Name, connection settings and password of one source (add or edit). */
export function SourceEditor({ kind, source, onDone }: SourceEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const idBase = useId();
  const [values, setValues] = useState<SourceFormValues>(() =>
    sourceFormValues(source?.name ?? t(`contacts.sources.kind.${kind}`), source?.config),
  );
  const [fieldError, setFieldError] = useState<{ field: Key; text: string } | undefined>(undefined);
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  // an existing source keeps its security; a new one follows the default until the user picks one
  const [securityChosen, setSecurityChosen] = useState(source !== undefined);
  const id = (key: string) => `${idBase}-${key}`;
  const exposure = kind === 'ldap' ? formCleartextExposure(values) : undefined;
  const cleartextId = id('security-cleartext');

  const set = <K extends Key>(key: K, value: SourceFormValues[K]) => {
    const follows = kind === 'ldap' && !securityChosen && key !== 'security';
    setValues((previous) => {
      const next = { ...previous, [key]: value };
      return follows ? withDefaultSecurity(next, source?.hasSecret ?? false) : next;
    });
    if (key === 'security') setSecurityChosen(true);
    if (fieldError?.field === key) setFieldError(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = sourceConfigOf(kind, values);
    if ('problem' in checked) {
      const text = t(`contacts.sources.problem.${checked.problem.problem}`);
      setFieldError({ field: checked.problem.field, text });
      document.getElementById(id(checked.problem.field))?.focus();
      announcer.alert(text);
      return;
    }
    setSaving(true);
    try {
      const secret = values.secret === '' ? {} : { secret: values.secret };
      const saved =
        source === undefined
          ? await api.request('contactSources.add', {
              name: values.name.trim(),
              config: checked.config,
              ...secret,
            })
          : await api.request('contactSources.update', {
              id: source.id,
              edit: { name: values.name.trim(), config: checked.config, ...secret },
            });
      announcer.status(t('contacts.sources.saved', { name: saved.name }));
      onDone();
    } catch (reason) {
      const refusal = asContractError(reason);
      const field = formFieldOf(refusal.field);
      const text = contractErrorText(t, refusal);
      if (field !== undefined) setFieldError({ field, text });
      else setFormError(text);
      announcer.alert(text);
    } finally {
      setSaving(false);
    }
  };

  const row = (key: Key, control: ReactNode) => (
    <div className="source-editor__field">
      <label htmlFor={id(key)} className="field-row__label">
        {t(`contacts.sources.field.${key}`)}
      </label>
      {control}
      {fieldError?.field === key && (
        <p id={id(`${key}-error`)} className="field-row__error" data-testid={`source-field-error-${key}`}>
          {fieldError.text}
        </p>
      )}
    </div>
  );
  const aria = (key: Key, note?: string) => ({
    id: id(key),
    'aria-invalid': fieldError?.field === key || undefined,
    'aria-describedby':
      [note, fieldError?.field === key ? id(`${key}-error`) : undefined].filter(Boolean).join(' ') ||
      undefined,
    'data-testid': `source-field-${key}`,
  });
  const text = (
    key: Exclude<Key, 'ignoreCertificate' | 'security' | 'auth' | 'attributePreset'>,
    type = 'text',
  ) =>
    row(
      key,
      <input
        {...aria(key)}
        className="input"
        type={type}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
      />,
    );
  const select = <K extends 'security' | 'auth' | 'attributePreset'>(
    key: K,
    options: readonly (SourceFormValues[K] & OptionName)[],
    describedBy?: string,
  ) =>
    row(
      key,
      <select
        {...aria(key, describedBy)}
        className="select"
        value={values[key]}
        onChange={(event) => set(key, event.target.value as SourceFormValues[K])}
      >
        {options.map((option: OptionName) => (
          <option key={option} value={option}>
            {option === 'none' ? t('contacts.sources.optionNone') : technicalNames[option]}
          </option>
        ))}
      </select>,
    );

  return (
    <form
      className="source-editor"
      noValidate
      data-testid="source-editor"
      aria-label={
        source === undefined
          ? t('contacts.sources.addTitle', { kind: t(`contacts.sources.kind.${kind}`) })
          : t('contacts.sources.editTitle', { name: source.name })
      }
      onSubmit={(event) => void submit(event)}
    >
      {formError !== undefined && (
        <p className="form-error" role="alert" data-testid="source-form-error">
          {formError}
        </p>
      )}
      {text('name')}
      {kind === 'ldap' && (
        <>
          {text('host')}
          {text('port')}
          {select(
            'security',
            ['none', 'ldaps', 'starttls'],
            exposure === undefined ? undefined : cleartextId,
          )}
          {exposure !== undefined && (
            <p id={cleartextId} className="cleartext-warning" data-testid="source-cleartext-warning">
              <AlertIcon />
              {t(`cleartext.ldap.${exposure}`)}
            </p>
          )}
          <div className="source-editor__check">
            <input
              {...aria('ignoreCertificate')}
              type="checkbox"
              checked={values.ignoreCertificate}
              onChange={(event) => set('ignoreCertificate', event.target.checked)}
            />
            <label htmlFor={id('ignoreCertificate')}>{t('contacts.sources.field.ignoreCertificate')}</label>
          </div>
          {text('bindDn')}
          {text('baseDn')}
          {text('resultLimit')}
          {select('attributePreset', ['inetOrgPerson', 'activeDirectory'])}
        </>
      )}
      {kind === 'xml' && (
        <>
          {text('location')}
          {select('auth', ['none', 'basic', 'digest'])}
          {text('userName')}
          {text('refreshMinutes')}
        </>
      )}
      {kind === 'windows' && text('folder')}
      {(kind === 'google' || kind === 'outlook') && text('refreshMinutes')}
      {hasPassword(kind) && (
        <>
          {text('secret', 'password')}
          {source?.hasSecret && <p className="field-row__help">{t('contacts.sources.secretKept')}</p>}
        </>
      )}
      <div className="source-editor__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('contacts.form.cancel')}
        </button>
        <button type="submit" className="button button--primary" data-testid="source-save" disabled={saving}>
          {source === undefined ? t('contacts.sources.addButton') : t('contacts.form.save')}
        </button>
      </div>
    </form>
  );
}
