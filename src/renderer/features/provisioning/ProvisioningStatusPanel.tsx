import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisioningAttempt } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { useLanguage } from '../../i18n/use-language';
import { AlertIcon, CheckIcon } from '../../ui/icons';
import {
  attemptDetail,
  attemptTime,
  changeSummary,
  failureText,
  provisioningCleartextWarning,
  provisioningNoticeText,
} from './provisioning-text';
import { useProvisioningStatus } from './use-provisioning-status';

function LastAttempt({ last }: { last: ProvisioningAttempt }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const failure = last.ok ? undefined : failureText(t, last.code, last.message);
  const detail = attemptDetail(t, last);
  return (
    <dl className="provisioning-status__facts" data-testid="provisioning-last">
      <dt>{t('provisioning.status.lastAttempt')}</dt>
      <dd>{attemptTime(last.at, language)}</dd>
      <dt>{t('provisioning.status.server')}</dt>
      <dd className="provisioning-status__server">{last.server}</dd>
      <dt>{t('provisioning.status.result')}</dt>
      <dd data-testid="provisioning-result">
        {failure === undefined ? (
          <span className="provisioning-status__ok">
            <CheckIcon />
            {t('provisioning.status.ok')}
          </span>
        ) : (
          <span className="provisioning-status__failure">
            <span className="provisioning-status__failed">
              <AlertIcon />
              {t('provisioning.status.failed')}
            </span>
            <span>
              {failure.what} {failure.hint}
            </span>
            {detail !== undefined && (
              <span className="provisioning-status__detail">
                {t('accounts.failureDetail')} <span lang={detail.lang}>{detail.text}</span>
              </span>
            )}
          </span>
        )}
      </dd>
      {last.ok && (
        <>
          <dt>{t('provisioning.status.changes')}</dt>
          <dd data-testid="provisioning-changes">{changeSummary(t, last.changes)}</dd>
        </>
      )}
      {last.ok && last.notices !== undefined && last.notices.length > 0 && (
        <>
          <dt>{t('provisioning.status.notices')}</dt>
          <dd data-testid="provisioning-notices">
            <ul>
              {last.notices.map((notice, index) => (
                <li key={index}>{provisioningNoticeText(t, notice, language)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {last.ok && (
        <>
          <dt>{t('provisioning.status.unknownKeys')}</dt>
          <dd data-testid="provisioning-unknown">
            {last.unknownKeys.length === 0 ? (
              t('provisioning.status.unknownKeysNone')
            ) : (
              <details className="provisioning-status__unknown">
                <summary>
                  {t('provisioning.status.unknownKeysCount', { count: last.unknownKeys.length })}
                </summary>
                <p className="field-row__help">{t('provisioning.status.unknownKeysHint')}</p>
                <ul>
                  {last.unknownKeys.map((key) => (
                    <li key={key}>
                      <code>{key}</code>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

interface ProvisioningStatusPanelProps {
  /** functions.provisioning.allowInsecureHttp is on: warn that http:// addresses are not encrypted. */
  insecureHttpAllowed: boolean;
}

/** On the Provisioning settings page: how the last attempt went, and "Provision now". */
export function ProvisioningStatusPanel({ insecureHttpAllowed }: ProvisioningStatusPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const status = useProvisioningStatus();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const value = status.value;
  const running = submitting || value?.running === true;
  const cleartext = provisioningCleartextWarning(value?.last, insecureHttpAllowed);

  const provisionNow = async () => {
    if (running) return;
    setSubmitting(true);
    setError(undefined);
    announcer.status(t('provisioning.status.running'));
    try {
      const result = await api.request('provisioning.run', {});
      status.apply(result);
      const last = result.last;
      if (last?.ok === true) {
        announcer.status(t('provisioning.status.done', { changes: changeSummary(t, last.changes) }));
      } else {
        const { what, hint } = failureText(t, last?.code, last?.message ?? '');
        announcer.alert(t('provisioning.status.failedAnnounce', { what, hint }));
      }
    } catch (reason) {
      const text = contractErrorText(t, reason);
      setError(text);
      announcer.alert(text);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section
      className="provisioning-status"
      aria-labelledby="provisioning-status-heading"
      aria-busy={running}
      data-testid="provisioning-status"
    >
      <div className="provisioning-status__header">
        <h3 id="provisioning-status-heading" className="provisioning-status__title">
          {t('provisioning.status.title')}
        </h3>
        <button
          type="button"
          className="button button--small"
          data-testid="provision-now"
          aria-busy={running}
          aria-disabled={running || value?.configured !== true || undefined}
          onClick={() => {
            if (value?.configured === true) void provisionNow();
          }}
        >
          {running && <span className="spinner" aria-hidden="true" />}
          {running ? t('provisioning.status.running') : t('provisioning.status.provisionNow')}
        </button>
      </div>
      {cleartext === 'lastOverHttp' && (
        <p
          role="alert"
          className="provisioning-status__insecure"
          data-testid="provisioning-cleartext-warning"
        >
          <AlertIcon />
          {t('cleartext.provisioningLast')}
        </p>
      )}
      {cleartext === 'httpAllowed' && (
        <p
          role="status"
          className="provisioning-status__insecure"
          data-testid="provisioning-insecure-warning"
        >
          <AlertIcon />
          {t('provisioning.status.insecureWarning')}
        </p>
      )}
      {value === undefined ? (
        <p className="muted">
          {status.error === undefined ? t('provisioning.status.loading') : contractErrorText(t, status.error)}
        </p>
      ) : value.last !== undefined ? (
        <LastAttempt last={value.last} />
      ) : (
        <p className="muted" data-testid="provisioning-never">
          {value.configured ? t('provisioning.status.never') : t('provisioning.status.notConfigured')}
        </p>
      )}
      {error !== undefined && <p className="form-error">{error}</p>}
    </section>
  );
}
