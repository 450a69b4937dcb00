import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView, SettingsSnapshot } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import type { LiveResource } from '../../kit/use-live-resource';
import { contractErrorText } from '../../i18n/contract-error-text';
import { collapsesOnHangup } from './collapse-on-hangup';
import { compactKeys } from './compact-keys';

export interface CompactMode {
  compact: boolean;
  setCompact: (on: boolean) => void;
}

/** Compact mode is a setting (Settings › Appearance); the status bar's control changes it in place. */
export function useCompactMode(settings: LiveResource<SettingsSnapshot>): CompactMode {
  const api = useApi();
  const announcer = useAnnouncer();
  const { t } = useTranslation();
  const compact = settings.value?.values[compactKeys.compactMode] === true;
  const { apply } = settings;
  const setCompact = useCallback(
    (on: boolean) => {
      api
        .request('settings.set', { key: compactKeys.compactMode, value: on })
        .then(apply, (reason: unknown) =>
          announcer.alert(t('desktop.compact.failed', { message: contractErrorText(t, reason) })),
        );
    },
    [api, apply, announcer, t],
  );
  return { compact, setCompact };
}

/** Switches compact mode on when the last call ends with the call window open (see collapse-on-hangup.ts). */
export function useCollapseOnHangup(options: {
  calls: readonly CallView[];
  settings: SettingsSnapshot | undefined;
  callWindowShown: boolean;
  setCompact: (on: boolean) => void;
}): void {
  const { calls, settings, callWindowShown, setCompact } = options;
  const liveNow = calls.filter((call) => call.state !== 'ended').length;
  const liveBefore = useRef(liveNow);
  const shownWhileLive = useRef(false);
  useEffect(() => {
    const before = liveBefore.current;
    liveBefore.current = liveNow;
    if (liveNow > 0) {
      shownWhileLive.current = callWindowShown;
      return;
    }
    const collapse = collapsesOnHangup({
      collapseOnHangup: settings?.values[compactKeys.collapseOnHangup] === true,
      compactMode: settings?.values[compactKeys.compactMode] === true,
      liveBefore: before,
      liveNow,
      callWindowShown: shownWhileLive.current,
    });
    shownWhileLive.current = false;
    if (collapse) setCompact(true);
  }, [liveNow, callWindowShown, settings, setCompact]);
}
