import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallStats } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { contractErrorText } from '../../i18n/contract-error-text';
import { useLanguage } from '../../i18n/use-language';
import { statsRows } from './call-stats-format';

/** How often the open quality panel asks for fresh figures. */
export const statsIntervalMs = 2000;

/** The call menu's quality statistics: codec, bit rate, packet loss, jitter and round-trip time. */
export function QualityPanel({ id, callId }: { id: string; callId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [stats, setStats] = useState<CallStats | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const poll = () => {
      api.request('calls.stats', { callId }).then(
        (next) => {
          if (cancelled) return;
          setStats(next);
          setError(undefined);
        },
        (reason: unknown) => {
          if (!cancelled) setError(contractErrorText(t, reason));
        },
      );
    };
    poll();
    const timer = setInterval(poll, statsIntervalMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [api, callId, t]);

  return (
    <section id={id} className="quality" data-testid="call-quality-panel" aria-label={t('calls.stats.title')}>
      <h3 className="quality__title">{t('calls.stats.title')}</h3>
      {error !== undefined && <p className="field-row__error">{error}</p>}
      {stats === undefined && error === undefined ? (
        <p className="muted">{t('calls.stats.loading')}</p>
      ) : (
        stats !== undefined && (
          <dl className="quality__list">
            {statsRows(t, stats, language).map((row) => (
              <div key={row.key} className="quality__row" data-testid={`call-stat-${row.key}`}>
                <dt>{t(`calls.stats.${row.key}`)}</dt>
                <dd>{row.value ?? t('calls.stats.unavailable')}</dd>
              </div>
            ))}
          </dl>
        )
      )}
    </section>
  );
}
