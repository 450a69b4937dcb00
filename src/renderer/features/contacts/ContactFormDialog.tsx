import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactFieldsInput, ContactView } from '../../../shared/contract';
import { phoneTypes } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { asContractError, contractErrorText } from '../../i18n/contract-error-text';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import type { ContactFormValues, TextFieldName } from './contact-form';
import {
  errorTarget,
  fieldsOf,
  formValuesOf,
  isPhoneType,
  newPhoneRow,
  textFieldNames,
} from './contact-form';
import { contactName } from './contact-text';
import { useModalDialog } from './use-modal-dialog';

export type ContactFormTarget =
  { mode: 'add'; draft: ContactFieldsInput | undefined } | { mode: 'edit'; contact: ContactView };

interface ContactFormDialogProps {
  target: ContactFormTarget;
  onClose: () => void;
}

const inputTypes: Partial<Record<TextFieldName, string>> = { email: 'email' };

/** Add or edit a local contact; main's refusal is shown next to the field it names. */
export function ContactFormDialog({ target, onClose }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const idBase = useId();
  const titleId = `${idBase}-title`;
  const { dialog, initialFocus } = useModalDialog<HTMLInputElement>();
  const [values, setValues] = useState<ContactFormValues>(() =>
    formValuesOf(target.mode === 'edit' ? target.contact : target.draft),
  );
  const [fieldError, setFieldError] = useState<{ at: string; text: string } | undefined>(undefined);
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const inputId = (name: string) => `${idBase}-${name}`;

  const setText = (name: TextFieldName, value: string) => {
    setValues((previous) => ({ ...previous, text: { ...previous.text, [name]: value } }));
    if (fieldError?.at === name) setFieldError(undefined);
  };
  const setPhone = (key: number, change: { type?: string; number?: string }) => {
    setValues((previous) => ({
      ...previous,
      phones: previous.phones.map((row) =>
        row.key !== key
          ? row
          : {
              ...row,
              number: change.number ?? row.number,
              type: change.type !== undefined && isPhoneType(change.type) ? change.type : row.type,
            },
      ),
    }));
    if (fieldError?.at.startsWith(`phone-${key}-`)) setFieldError(undefined);
  };
  const addPhone = () => {
    const row = newPhoneRow(values.phones.length === 0 ? 'work' : 'mobile');
    setValues((previous) => ({ ...previous, phones: [...previous.phones, row] }));
    requestAnimationFrame(() => document.getElementById(inputId(`phone-${row.key}-number`))?.focus());
  };
  const removePhone = (key: number) =>
    setValues((previous) => ({ ...previous, phones: previous.phones.filter((row) => row.key !== key) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const fields = fieldsOf(values);
      const saved =
        target.mode === 'edit'
          ? await api.request('contacts.edit', { id: target.contact.id, fields })
          : await api.request('contacts.add', { fields });
      announcer.status(
        t(target.mode === 'edit' ? 'contacts.updated' : 'contacts.added', { name: contactName(saved) }),
      );
      onClose();
    } catch (reason) {
      const refusal = asContractError(reason);
      const at = errorTarget(refusal.field, values);
      const text = contractErrorText(t, refusal);
      if (at !== undefined) {
        setFieldError({ at, text });
        setFormError(undefined);
        document.getElementById(inputId(at))?.focus();
      } else {
        setFormError(text);
      }
      announcer.alert(text);
    } finally {
      setSaving(false);
    }
  };

  const errorFor = (at: string) =>
    fieldError?.at === at ? (
      <p id={inputId(`${at}-error`)} className="field-row__error" data-testid={`contact-field-error-${at}`}>
        {fieldError.text}
      </p>
    ) : null;
  const describedBy = (at: string) => (fieldError?.at === at ? inputId(`${at}-error`) : undefined);

  return (
    <dialog
      ref={dialog}
      className="dialog contact-form-dialog"
      aria-labelledby={titleId}
      data-testid="contact-form"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={titleId} className="dialog__title">
          {target.mode === 'edit' ? t('contacts.form.titleEdit') : t('contacts.form.titleNew')}
        </h2>
        {formError !== undefined && (
          <p className="form-error" role="alert" data-testid="contact-form-error">
            {formError}
          </p>
        )}
        <div className="contact-form__grid">
          {textFieldNames.map((name, index) => (
            <div key={name} className="contact-form__field">
              <label htmlFor={inputId(name)} className="field-row__label">
                {t(`contacts.form.${name}`)}
              </label>
              <input
                ref={index === 0 ? initialFocus : undefined}
                id={inputId(name)}
                className="input"
                type={inputTypes[name] ?? 'text'}
                data-testid={`contact-field-${name}`}
                value={values.text[name]}
                maxLength={256}
                aria-invalid={fieldError?.at === name || undefined}
                aria-describedby={describedBy(name)}
                onChange={(event) => setText(name, event.target.value)}
              />
              {errorFor(name)}
            </div>
          ))}
        </div>
        <fieldset className="contact-form__phones">
          <legend className="field-row__label">{t('contacts.form.phones')}</legend>
          {values.phones.map((row, index) => (
            <div key={row.key} className="contact-form__phone">
              <select
                id={inputId(`phone-${row.key}-type`)}
                className="select"
                data-testid={`contact-phone-type-${index}`}
                aria-label={t('contacts.form.phoneTypeLabel', { index: index + 1 })}
                value={row.type}
                onChange={(event) => setPhone(row.key, { type: event.target.value })}
              >
                {phoneTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`contacts.phoneType.${type}`)}
                  </option>
                ))}
              </select>
              <input
                id={inputId(`phone-${row.key}-number`)}
                className="input"
                type="tel"
                data-testid={`contact-phone-number-${index}`}
                aria-label={t('contacts.form.phoneNumberLabel', { index: index + 1 })}
                value={row.number}
                maxLength={64}
                aria-invalid={fieldError?.at === `phone-${row.key}-number` || undefined}
                aria-describedby={describedBy(`phone-${row.key}-number`)}
                onChange={(event) => setPhone(row.key, { number: event.target.value })}
              />
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={t('contacts.form.removePhone', { index: index + 1 })}
                title={t('contacts.form.removePhoneShort')}
                onClick={() => removePhone(row.key)}
              >
                <TrashIcon />
              </button>
              {errorFor(`phone-${row.key}-number`)}
              {errorFor(`phone-${row.key}-type`)}
            </div>
          ))}
          <button
            type="button"
            className="button button--ghost button--small"
            data-testid="contact-add-phone"
            onClick={addPhone}
          >
            <PlusIcon />
            {t('contacts.form.addPhone')}
          </button>
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('contacts.form.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="contact-save"
            disabled={saving}
          >
            {t('contacts.form.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
