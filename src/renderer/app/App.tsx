import { useState } from 'react';
import type { CallView } from '../../shared/contract';
import { AccountEditor } from '../features/accounts';
import { CallStrip, useCallAccountLabel } from '../features/calls';
import { useCollapseOnHangup, useCompactMode } from '../features/compact';
import { DesktopLayer } from '../features/desktop';
import { FirstRunScreen, showsFirstRun } from '../features/first-run';
import { MainWindow } from '../features/main-window';
import { useProvisioningStatus } from '../features/provisioning';
import { SettingsScreen } from '../features/settings';
import { useLanguageSetting } from '../i18n/use-language';
import { useTheme } from '../theme/use-theme';
import { ConnectionBanner } from './ConnectionBanner';
import { globalKeys } from '../kit/setting-keys';
import { AccountsContext } from '../kit/accounts-context';
import { useAccounts } from './use-accounts';
import { useCallAnnouncements } from './use-call-announcements';
import { useCalls } from './use-calls';
import { useFocusReturn } from './use-focus-return';
import { useRegistrationAnnouncements } from './use-registration-announcements';
import { useSettingsSnapshot } from './use-settings-snapshot';
import type { View } from './view';

const noCalls: readonly CallView[] = [];

export function App() {
  const settings = useSettingsSnapshot();
  const accounts = useAccounts();
  const provisioning = useProvisioningStatus();
  // The first-run screen: the user's choice this session, else whether main reported no provisioning
  // server (latched, so a failed first attempt that stored the address keeps the screen).
  const [firstRunWanted, setFirstRunWanted] = useState<boolean | undefined>(undefined);
  const [unconfigured, setUnconfigured] = useState(false);
  if (!unconfigured && provisioning.value?.configured === false && accounts.value?.length === 0) {
    setUnconfigured(true);
  }
  const liveCalls = useCalls().value;
  const calls = liveCalls ?? noCalls;
  const [view, setView] = useState<View>({ screen: 'main' });
  const [dialString, setDialString] = useState('');
  const [keypadShown, setKeypadShown] = useState(true);
  // The calls present when the user asked for the main window's lists; any new call brings the call
  // window back.
  const [callWindowHiddenWith, setCallWindowHiddenWith] = useState<ReadonlySet<string> | undefined>(
    undefined,
  );
  const callAccountLabel = useCallAccountLabel(accounts.value);
  useLanguageSetting(settings.value?.values[globalKeys.language]);
  useTheme(settings.value?.values[globalKeys.theme]);
  useRegistrationAnnouncements(accounts.value);
  useCallAnnouncements(liveCalls, callAccountLabel);

  const editedAccountId = view.screen === 'account' ? view.accountId : undefined;
  const editedAccount = accounts.value?.find((account) => account.id === editedAccountId);
  // An account deleted elsewhere (or by its own editor) takes its editor with it.
  const editedAccountGone =
    editedAccountId !== undefined && accounts.value !== undefined && editedAccount === undefined;
  const firstRun = showsFirstRun({
    accountCount: accounts.value?.length,
    wanted: firstRunWanted,
    unconfigured,
  });
  // Until main has said whether there are accounts and a provisioning server, neither the main window
  // nor the set-up form is shown, so one never flashes up before the other.
  const gateUndecided =
    firstRunWanted === undefined &&
    !unconfigured &&
    (accounts.value === undefined ||
      (accounts.value.length === 0 && provisioning.value === undefined && provisioning.error === undefined));
  const screen = editedAccountGone
    ? 'main'
    : view.screen === 'main' && gateUndecided
      ? 'loading'
      : view.screen === 'main' && firstRun
        ? 'firstRun'
        : view.screen;
  const { rememberOpener } = useFocusReturn(screen === 'main' || screen === 'firstRun');
  const callWindowHidden =
    callWindowHiddenWith !== undefined && calls.every((call) => callWindowHiddenWith.has(call.id));

  const open = (next: View) => {
    rememberOpener();
    setView(next);
  };
  const backToMain = () => setView({ screen: 'main' });
  const showCallWindow = () => {
    setCallWindowHiddenWith(undefined);
    setView({ screen: 'main' });
  };
  const { compact, setCompact } = useCompactMode(settings);
  useCollapseOnHangup({
    calls,
    settings: settings.value,
    callWindowShown: screen === 'main' && !compact && !callWindowHidden,
    setCompact,
  });

  return (
    <AccountsContext.Provider value={accounts.value}>
      <div className="app" data-screen={screen} aria-busy={screen === 'loading' || undefined}>
        <ConnectionBanner />
        <DesktopLayer />
        {screen !== 'main' && calls.length > 0 && (
          <CallStrip calls={calls} accountLabel={callAccountLabel} onShowCall={showCallWindow} />
        )}
        {screen === 'main' && (
          <MainWindow
            accounts={accounts}
            calls={calls}
            certificateChecksOff={settings.value?.values[globalKeys.tlsVerificationOff] === true}
            keypadShown={keypadShown}
            onToggleKeypad={() => setKeypadShown((shown) => !shown)}
            callWindowHidden={callWindowHidden}
            onHideCallWindow={() => setCallWindowHiddenWith(new Set(calls.map((call) => call.id)))}
            onShowCallWindow={showCallWindow}
            callAccountLabel={callAccountLabel}
            dialString={dialString}
            onDialStringChange={setDialString}
            onOpenSettings={() => open({ screen: 'settings' })}
            onAddAccount={() => open({ screen: 'account', accountId: undefined })}
            onSetUp={() => setFirstRunWanted(true)}
            onEditAccount={(accountId) => open({ screen: 'account', accountId })}
            compact={compact}
            onCompactChange={(on) => {
              if (!on) setCallWindowHiddenWith(undefined);
              setCompact(on);
            }}
          />
        )}
        {screen === 'firstRun' && (
          <FirstRunScreen
            status={provisioning}
            insecureHttpAllowed={settings.value?.values[globalKeys.provisioningInsecureHttp] === true}
            onDone={() => setFirstRunWanted(false)}
            onManual={() => {
              setFirstRunWanted(false);
              open({ screen: 'account', accountId: undefined });
            }}
            onOpenSettings={() => open({ screen: 'settings' })}
          />
        )}
        {screen === 'settings' && <SettingsScreen settings={settings} onClose={backToMain} />}
        {view.screen === 'account' && screen === 'account' && (
          <AccountEditor key={view.accountId ?? 'new'} account={editedAccount} onClose={backToMain} />
        )}
      </div>
    </AccountsContext.Provider>
  );
}
