import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../ui/icons';
import { useConnectionState, useRendererApi } from '../kit/api-context';
import { useAnnouncer } from '../kit/announcer';

// The first connection normally takes a few milliseconds; only a slow one is worth a banner.
const connectingBannerDelayMs = 1500;

/** Tells the user when the web shell's connection to the phone is missing, and when it is back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { tokenMissing } = useRendererApi();
  const state = useConnectionState();
  const announcer = useAnnouncer();
  const [slowStart, setSlowStart] = useState(false);
  const [hasConnected, setHasConnected] = useState(state === 'connected');
  const wasLost = useRef(false);

  useEffect(() => {
    if (state !== 'connecting') return;
    const timer = setTimeout(() => setSlowStart(true), connectingBannerDelayMs);
    return () => clearTimeout(timer);
  }, [state]);

  // Until the first connection, a failed attempt is still "connecting", not a lost connection.
  if (state === 'connected' && !hasConnected) setHasConnected(true);
  const lost = state === 'reconnecting' && hasConnected;

  useEffect(() => {
    if (lost && !wasLost.current) {
      wasLost.current = true;
      announcer.alert(t('connection.lost'));
    } else if (state === 'connected' && wasLost.current) {
      wasLost.current = false;
      announcer.status(t('connection.restored'));
    }
  }, [lost, state, announcer, t]);

  const connecting = !hasConnected && (state === 'reconnecting' || slowStart);
  if (!lost && !connecting && !tokenMissing) return null;
  return (
    <div className="connection-banner" data-testid="connection-banner">
      <AlertIcon />
      <p>
        {(lost || connecting) && <span>{lost ? t('connection.lost') : t('connection.connecting')}</span>}
        {tokenMissing && <span className="connection-banner__hint">{t('connection.tokenMissing')}</span>}
      </p>
    </div>
  );
}
