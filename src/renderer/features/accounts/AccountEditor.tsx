import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { accountSettingGroups } from '../../../shared/settings/account-settings';
import type { FieldEntry } from '../../../shared/settings/registry';
import { allAccountFields, findAccountField } from '../../../shared/settings/registry';
import { ACCOUNT_WS_URL_KEY, accountSignallingIsCleartext } from '../../../shared/security/cleartext';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { useWindowKeydown } from '../../kit/use-window-keydown';
import { asContractError, contractErrorText } from '../../i18n/contract-error-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AlertIcon, ArrowLeftIcon, TrashIcon } from '../../ui/icons';
import { AccountStateIcon } from './AccountStateIcon';
import { registrationDetailLang, registrationProblem, registrationText } from './registration-text';
import type { FieldError } from '../../kit/fields/field-error';
import { fieldIds } from '../../kit/fields/field-ids';
import { findProblem } from '../../kit/fields/field-problem';
import type { SettingValue } from '../../kit/fields/setting-value';
import type { AccountValues } from './account-form';
import {
  accountProblems,
  createParams,
  initialAccountValues,
  settingsToSend,
  updateParams,
} from './account-form';
import { AccountFieldView } from './AccountFieldView';
import { AccountGroupSection } from './AccountGroupSection';
import { sectionEntries, sectionOf } from './account-sections';
import { useAccountLabel } from './use-account-label';

interface AccountEditorProps {
  /** The account being edited; undefined for a new one. */
  account: AccountView | undefined;
  onClose: () => void;
}

const alwaysOpenGroups = 2;
const cleartextId = 'account-cleartext-warning';

/** Add or edit one SIP account, generated from accountSettingGroups; delete asks first. */
export function AccountEditor({ account, onClose }: AccountEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const labelOf = useAccountLabel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<AccountValues>(() =>
    initialAccountValues(allAccountFields(), account),
  );
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ReadonlyMap<string, FieldError>>(new Map());
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const pendingFocus = useRef<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const locked = account?.locked ?? [];
  const problem = account === undefined ? undefined : registrationProblem(t, account);
  // from the draft, so typing a ws:// address warns before it is saved
  const cleartext = accountSignallingIsCleartext(values);

  useEffect(() => headingRef.current?.focus(), []);
  // After showing errors (and unfolding their groups), focus the first field to fix.
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(fieldIds('setting', pendingFocus.current).input)?.focus();
    pendingFocus.current = undefined;
  });

  useWindowKeydown((event) => {
    if (event.key !== 'Escape' || confirming) return;
    event.preventDefault();
    onClose();
  });

  const showErrors = (next: Map<string, FieldError>) => {
    setErrors(next);
    const [firstKey] = next.keys();
    if (firstKey === undefined) return;
    setOpenGroups(
      (previous) => new Set([...previous, ...[...next.keys()].flatMap((key) => sectionOf(key) ?? [])]),
    );
    pendingFocus.current = firstKey;
  };

  const change = (entry: FieldEntry, value: SettingValue) => {
    setValues((previous) => ({ ...previous, [entry.key]: value }));
    const problem = findProblem(entry.field, value);
    setErrors((previous) => {
      const next = new Map(previous);
      if (problem === undefined) next.delete(entry.key);
      else next.set(entry.key, { problem });
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = accountProblems(allAccountFields(), values, locked);
    if (problems.size > 0) {
      showErrors(new Map([...problems].map(([key, problem]) => [key, { problem }])));
      setFormError(t('accountEditor.fixErrors'));
      announcer.alert(t('accountEditor.fixErrors'));
      return;
    }
    const settings = settingsToSend(allAccountFields(), values, account);
    setSaving(true);
    try {
      const saved =
        account === undefined
          ? await api.request('accounts.create', createParams(settings, password))
          : await api.request('accounts.update', updateParams(account.id, settings, password));
      announcer.status(
        t(account === undefined ? 'accountEditor.created' : 'accountEditor.updated', {
          name: labelOf(saved),
        }),
      );
      onClose();
    } catch (error) {
      const refusal = asContractError(error);
      const entry = refusal.field === undefined ? undefined : findAccountField(refusal.field);
      if (entry !== undefined) showErrors(new Map([[entry.key, { refusal }]]));
      const text = contractErrorText(t, refusal);
      setFormError(text);
      announcer.alert(text);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (account === undefined) return;
    setConfirming(false);
    try {
      await api.request('accounts.delete', { id: account.id });
      announcer.status(t('accountEditor.deleted', { name: labelOf(account) }));
      onClose();
    } catch (error) {
      const text = contractErrorText(t, error);
      setFormError(text);
      announcer.alert(text);
    }
  };

  return (
    <div className="account-editor" data-testid="account-editor">
      <header className="screen-header">
        <button
          type="button"
          className="button button--ghost"
          data-testid="close-account-editor"
          onClick={onClose}
        >
          <ArrowLeftIcon />
          {t('settings.back')}
        </button>
        <h1 ref={headingRef} tabIndex={-1} className="screen-header__title">
          {account === undefined ? t('accountEditor.titleNew') : t('accountEditor.titleEdit')}
        </h1>
      </header>
      <main className="editor-body">
        {account !== undefined && (
          <p className="editor-body__state">
            <AccountStateIcon state={account.registration.state} />
            <span>
              <strong>{labelOf(account)}</strong> · {registrationText(t, account)}
            </span>
          </p>
        )}
        {problem !== undefined && (
          <p className="editor-body__problem">
            {problem.hint}
            {problem.detail !== undefined && (
              <span className="account-item__detail">
                {t('accounts.failureDetail')}{' '}
                <span lang={registrationDetailLang(account)}>{problem.detail}</span>
              </span>
            )}
          </p>
        )}
        {cleartext && (
          <p
            id={cleartextId}
            className="cleartext-warning"
            role="alert"
            data-testid="account-cleartext-warning"
          >
            <AlertIcon />
            {t('cleartext.sipEditor')}
          </p>
        )}
        {formError !== undefined && (
          <p className="form-error" data-testid="account-form-error">
            {formError}
          </p>
        )}
        <form
          id="account-form"
          noValidate
          aria-label={t('accountEditor.sectionsLabel')}
          onSubmit={(event) => void submit(event)}
        >
          {accountSettingGroups.map((group, index) => (
            <AccountGroupSection
              key={group.id}
              group={group}
              collapsible={index >= alwaysOpenGroups}
              open={openGroups.has(group.id)}
              onToggle={(open) =>
                setOpenGroups((previous) => {
                  const next = new Set(previous);
                  if (open) next.add(group.id);
                  else next.delete(group.id);
                  return next;
                })
              }
            >
              {sectionEntries(group, index).map((entry) => {
                const { key } = entry;
                return (
                  <AccountFieldView
                    key={key}
                    entry={entry}
                    value={values[key]}
                    locked={locked.includes(key)}
                    error={errors.get(key)}
                    passwordSet={account?.passwordSet ?? false}
                    password={password}
                    onPassword={setPassword}
                    onChange={change}
                    describedBy={key === ACCOUNT_WS_URL_KEY && cleartext ? cleartextId : undefined}
                  />
                );
              })}
            </AccountGroupSection>
          ))}
        </form>
      </main>
      <footer className="editor-actions">
        {account !== undefined && (
          <button
            type="button"
            className="button button--danger-ghost"
            data-testid="account-delete"
            onClick={() => setConfirming(true)}
          >
            <TrashIcon />
            {t('accountEditor.delete')}
          </button>
        )}
        <span className="editor-actions__spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('accountEditor.cancel')}
        </button>
        <button
          type="submit"
          form="account-form"
          className="button button--primary"
          data-testid="account-save"
          disabled={saving}
        >
          {saving
            ? t('accountEditor.saving')
            : account === undefined
              ? t('accountEditor.create')
              : t('accountEditor.save')}
        </button>
      </footer>
      {account !== undefined && (
        <ConfirmDialog
          open={confirming}
          title={t('accountEditor.confirmTitle')}
          text={t('accountEditor.confirmText', { name: labelOf(account) })}
          confirmLabel={t('accountEditor.confirmYes')}
          cancelLabel={t('accountEditor.confirmNo')}
          testId="confirm-delete"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
