import { useState } from 'react';
import { AccountEditor } from '../features/accounts/AccountEditor';
import { MainWindow } from '../features/main-window/MainWindow';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useLanguageSetting } from '../i18n/use-language';
import { useTheme } from '../theme/use-theme';
import { ConnectionBanner } from './ConnectionBanner';
import { globalKeys } from './setting-keys';
import { useAccounts } from './use-accounts';
import { useFocusReturn } from './use-focus-return';
import { useRegistrationAnnouncements } from './use-registration-announcements';
import { useSettingsSnapshot } from './use-settings-snapshot';
import type { View } from './view';

export function App() {
  const settings = useSettingsSnapshot();
  const accounts = useAccounts();
  const [view, setView] = useState<View>({ screen: 'main' });
  const [dialString, setDialString] = useState('');
  useLanguageSetting(settings.value?.values[globalKeys.language]);
  useTheme(settings.value?.values[globalKeys.theme]);
  useRegistrationAnnouncements(accounts.value);

  const editedAccountId = view.screen === 'account' ? view.accountId : undefined;
  const editedAccount = accounts.value?.find((account) => account.id === editedAccountId);
  // An account deleted elsewhere (or by its own editor) takes its editor with it.
  const editedAccountGone =
    editedAccountId !== undefined && accounts.value !== undefined && editedAccount === undefined;
  const screen = editedAccountGone ? 'main' : view.screen;
  const { rememberOpener } = useFocusReturn(screen === 'main');

  const open = (next: View) => {
    rememberOpener();
    setView(next);
  };
  const backToMain = () => setView({ screen: 'main' });

  return (
    <div className="app" data-screen={screen}>
      <ConnectionBanner />
      {screen === 'main' && (
        <MainWindow
          accounts={accounts}
          dialString={dialString}
          onDialStringChange={setDialString}
          onOpenSettings={() => open({ screen: 'settings' })}
          onAddAccount={() => open({ screen: 'account', accountId: undefined })}
          onEditAccount={(accountId) => open({ screen: 'account', accountId })}
        />
      )}
      {screen === 'settings' && <SettingsScreen settings={settings} onClose={backToMain} />}
      {view.screen === 'account' && screen === 'account' && (
        <AccountEditor key={view.accountId ?? 'new'} account={editedAccount} onClose={backToMain} />
      )}
    </div>
  );
}
