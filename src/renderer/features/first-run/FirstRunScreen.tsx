import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisioningStatus } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import type { LiveResource } from '../../kit/use-live-resource';
import { contractErrorText } from '../../i18n/contract-error-text';
import { AlertIcon, GearIcon, PhoneIcon } from '../../ui/icons';
import type { AttemptDetail } from '../provisioning';
import {
  attemptDetail,
  changeSummary,
  failureText,
  isAccessKeyLink,
  isInsecureHttpUrl,
} from '../provisioning';
import type { FirstRunField, FirstRunProblem, FirstRunValues } from './first-run-form';
import { firstRunParams, firstRunProblems, initialFirstRunValues } from './first-run-form';

interface FirstRunScreenProps {
  status: LiveResource<ProvisioningStatus>;
  /** functions.provisioning.allowInsecureHttp: whether an http:// address is fetched or refused. */
  insecureHttpAllowed: boolean;
  /** Provisioning succeeded: the main window takes over (the accounts arrive by accounts.changed). */
  onDone: () => void;
  onManual: () => void;
  onOpenSettings: () => void;
}

interface Failure {
  what: string;
  hint: string;
  /** What main said, translated when it sent a code (see attemptDetail). */
  detail: AttemptDetail | undefined;
}

const inputIds: Record<FirstRunField, string> = {
  url: 'first-run-url',
  userName: 'first-run-user',
  password: 'first-run-password',
};

/**
 * Shown instead of the main window while there is no account and no provisioning server: the PBX
 * address (or an access-key link) and credentials, then provisioning.run.
 */
export function FirstRunScreen({
  status,
  insecureHttpAllowed,
  onDone,
  onManual,
  onOpenSettings,
}: FirstRunScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const urlRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<FirstRunValues>(initialFirstRunValues);
  const [problems, setProblems] = useState<ReadonlyMap<FirstRunField, FirstRunProblem>>(new Map());
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const running = submitting || status.value?.running === true;
  const accessKey = isAccessKeyLink(values.url);
  const insecure = isInsecureHttpUrl(values.url);

  useEffect(() => urlRef.current?.focus(), []);

  const change = <K extends keyof FirstRunValues>(key: K, value: FirstRunValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (key === 'url' || key === 'userName' || key === 'password') {
      setProblems((previous) => {
        if (!previous.has(key)) return previous;
        const next = new Map(previous);
        next.delete(key);
        return next;
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const found = firstRunProblems(values);
    setProblems(found);
    if (found.size > 0) {
      setFailure(undefined);
      announcer.alert(t('firstRun.fixErrors'));
      const [first] = found.keys();
      if (first !== undefined) document.getElementById(inputIds[first])?.focus();
      return;
    }
    // The fields are disabled while main works; focus waits on the (still focusable) busy button.
    submitRef.current?.focus();
    setSubmitting(true);
    setFailure(undefined);
    try {
      const result = await api.request('provisioning.run', firstRunParams(values));
      status.apply(result);
      const last = result.last;
      if (last?.ok === true) {
        announcer.status(t('firstRun.done', { changes: changeSummary(t, last.changes) }));
        onDone();
        return;
      }
      const text = failureText(t, last?.code, last?.message ?? '');
      setFailure({ ...text, detail: last ? attemptDetail(t, last) : undefined });
      announcer.alert(t('firstRun.failed', { what: text.what, hint: text.hint }));
    } catch (error) {
      const text = contractErrorText(t, error);
      setFailure({ what: text, hint: '', detail: undefined });
      announcer.alert(text);
    } finally {
      setSubmitting(false);
    }
  };

  const describedBy = (field: FirstRunField, ...extra: (string | undefined)[]) =>
    [
      ...extra,
      problems.has(field) ? `${inputIds[field]}-problem` : undefined,
      failure === undefined ? undefined : 'first-run-error',
    ]
      .filter((id) => id !== undefined)
      .join(' ') || undefined;

  const problemLine = (field: FirstRunField) => {
    const problem = problems.get(field);
    return problem === undefined ? null : (
      <p id={`${inputIds[field]}-problem`} className="field-row__error">
        {t(`firstRun.${problem}`)}
      </p>
    );
  };

  return (
    <div className="first-run" data-testid="first-run">
      <header className="screen-header first-run__header">
        <span className="first-run__logo" aria-hidden="true">
          <PhoneIcon />
        </span>
        <h1 className="screen-header__title">{t('firstRun.title')}</h1>
        <button
          type="button"
          className="icon-button first-run__settings"
          data-testid="first-run-settings"
          aria-label={t('firstRun.settings')}
          title={t('firstRun.settings')}
          onClick={onOpenSettings}
        >
          <GearIcon />
        </button>
      </header>
      <main className="first-run__body">
        <p className="first-run__intro">{t('firstRun.intro')}</p>
        <form
          className="first-run__form"
          noValidate
          aria-label={t('firstRun.title')}
          aria-busy={running}
          onSubmit={(event) => void submit(event)}
        >
          <div className="first-run__field">
            <label htmlFor={inputIds.url} className="field-row__label">
              {t('firstRun.url')}
            </label>
            <input
              ref={urlRef}
              id={inputIds.url}
              data-testid="first-run-url"
              className="input"
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              placeholder={t('firstRun.urlPlaceholder')}
              value={values.url}
              disabled={running}
              aria-invalid={problems.has('url') || undefined}
              aria-describedby={describedBy(
                'url',
                insecure ? 'first-run-insecure' : undefined,
                accessKey ? 'first-run-access-key' : undefined,
              )}
              onChange={(event) => change('url', event.target.value)}
            />
            {problemLine('url')}
            {insecure && (
              <p
                id="first-run-insecure"
                className="field-row__help first-run__insecure"
                data-testid="first-run-insecure"
              >
                <AlertIcon />
                {insecureHttpAllowed ? t('firstRun.insecureAllowed') : t('firstRun.insecureRefused')}
              </p>
            )}
            {accessKey && (
              <p id="first-run-access-key" className="field-row__help" data-testid="first-run-access-key">
                {t('firstRun.accessKey')}
              </p>
            )}
          </div>
          <div className="first-run__field">
            <label htmlFor={inputIds.userName} className="field-row__label">
              {t('firstRun.user')}
              {accessKey && <span className="first-run__optional"> {t('firstRun.optional')}</span>}
            </label>
            <input
              id={inputIds.userName}
              data-testid="first-run-user"
              className="input"
              type="text"
              autoComplete="username"
              spellCheck={false}
              value={values.userName}
              disabled={running}
              aria-invalid={problems.has('userName') || undefined}
              aria-describedby={describedBy('userName')}
              onChange={(event) => change('userName', event.target.value)}
            />
            {problemLine('userName')}
          </div>
          <div className="first-run__field">
            <label htmlFor={inputIds.password} className="field-row__label">
              {t('firstRun.password')}
              {accessKey && <span className="first-run__optional"> {t('firstRun.optional')}</span>}
            </label>
            <input
              id={inputIds.password}
              data-testid="first-run-password"
              className="input"
              type="password"
              autoComplete="current-password"
              value={values.password}
              disabled={running}
              aria-invalid={problems.has('password') || undefined}
              aria-describedby={describedBy('password')}
              onChange={(event) => change('password', event.target.value)}
            />
            {problemLine('password')}
          </div>
          <div className="first-run__switch">
            <label htmlFor="first-run-remember" className="field-row__label">
              {t('firstRun.remember')}
            </label>
            <input
              id="first-run-remember"
              data-testid="first-run-remember"
              type="checkbox"
              role="switch"
              className="switch"
              checked={values.rememberMe}
              disabled={running}
              aria-describedby="first-run-remember-hint"
              onChange={(event) => change('rememberMe', event.target.checked)}
            />
            <p id="first-run-remember-hint" className="field-row__help">
              {t('firstRun.rememberHint')}
            </p>
          </div>
          <div className="first-run__switch">
            <label htmlFor="first-run-every-start" className="field-row__label">
              {t('firstRun.everyStart')}
            </label>
            <input
              id="first-run-every-start"
              data-testid="first-run-every-start"
              type="checkbox"
              role="switch"
              className="switch"
              checked={values.provisionOnStartup}
              disabled={running}
              aria-describedby="first-run-every-start-hint"
              onChange={(event) => change('provisionOnStartup', event.target.checked)}
            />
            <p id="first-run-every-start-hint" className="field-row__help">
              {t('firstRun.everyStartHint')}
            </p>
          </div>
          {failure !== undefined && (
            <div id="first-run-error" className="form-error first-run__error" data-testid="first-run-error">
              <p className="first-run__error-what">{failure.what}</p>
              {failure.hint !== '' && <p>{failure.hint}</p>}
              {failure.detail !== undefined && (
                <p className="first-run__error-detail">
                  {t('accounts.failureDetail')} <span lang={failure.detail.lang}>{failure.detail.text}</span>
                </p>
              )}
            </div>
          )}
          <button
            ref={submitRef}
            type="submit"
            className="button button--primary first-run__submit"
            data-testid="first-run-submit"
            aria-busy={running}
            aria-disabled={running || undefined}
          >
            {running && <span className="spinner" aria-hidden="true" />}
            {running ? t('firstRun.running') : t('firstRun.submit')}
          </button>
        </form>
        <button
          type="button"
          className="link-button first-run__manual"
          data-testid="first-run-manual"
          disabled={running}
          onClick={onManual}
        >
          {t('firstRun.manual')}
        </button>
      </main>
    </div>
  );
}
