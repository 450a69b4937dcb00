import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { DownloadIcon } from './desktop-icons';
import { bannerKey, updateBannerContent } from './update-banner-text';
import { useUpdateStatus } from './use-update-status';

/**
 * "Update x is ready — Restart to install": a line at the top, never a modal, so a call in progress is
 * not in the way. While calls go on, main waits with the install and the banner says so.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const status = useUpdateStatus();
  const [putOff, setPutOff] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const content = updateBannerContent(status.value);
  if (content === undefined || putOff === bannerKey(content)) return null;

  const install = async () => {
    try {
      status.apply(await api.request('updates.install', {}));
      setError(undefined);
    } catch (reason) {
      const text = contractErrorText(t, reason);
      setError(text);
      announcer.alert(text);
    }
  };

  return (
    <section className="desktop-banner" aria-label={t('desktop.update.label')} data-testid="update-banner">
      <DownloadIcon className="desktop-banner__icon" />
      <p className="desktop-banner__text">
        {content.version === undefined
          ? t('desktop.update.readyNoVersion')
          : t('desktop.update.ready', { version: content.version })}
        {content.waitingForCalls && <span data-testid="update-waiting"> {t('desktop.update.waiting')}</span>}
        {error !== undefined && <span className="form-error"> {error}</span>}
      </p>
      {!content.waitingForCalls && (
        <button
          type="button"
          className="button button--primary button--small"
          data-testid="update-install"
          onClick={() => void install()}
        >
          {t('desktop.update.restart')}
        </button>
      )}
      <button
        type="button"
        className="button button--ghost button--small"
        data-testid="update-later"
        onClick={() => setPutOff(bannerKey(content))}
      >
        {t('desktop.update.later')}
      </button>
    </section>
  );
}
