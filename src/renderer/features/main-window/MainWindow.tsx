import { useRef } from 'react';
import type { AccountView } from '../../../shared/contract';
import type { LiveResource } from '../../app/use-live-resource';
import { isFindShortcut } from '../../app/shortcuts';
import { useWindowKeydown } from '../../app/use-window-keydown';
import { AccountsArea } from './AccountsArea';
import { DirectoryTabs } from './DirectoryTabs';
import { Keypad } from './Keypad';
import { SearchField } from './SearchField';
import { StatusBar } from './StatusBar';

interface MainWindowProps {
  accounts: LiveResource<AccountView[]>;
  dialString: string;
  onDialStringChange: (value: string) => void;
  onOpenSettings: () => void;
  onAddAccount: () => void;
  onEditAccount: (id: string) => void;
}

/** The manual's main window: accounts on top, search, contacts/recent, keypad, status bar. */
export function MainWindow(props: MainWindowProps) {
  const { accounts, dialString, onDialStringChange } = props;
  const searchRef = useRef<HTMLInputElement>(null);
  const anyRegistered = (accounts.value ?? []).some((account) => account.registration.state === 'registered');

  useWindowKeydown((event) => {
    if (!isFindShortcut(event)) return;
    event.preventDefault();
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  return (
    <div className="main-window">
      <header className="main-window__header">
        <AccountsArea accounts={accounts} onAdd={props.onAddAccount} onEdit={props.onEditAccount} />
      </header>
      <main className="main-window__body">
        <SearchField value={dialString} onChange={onDialStringChange} inputRef={searchRef} />
        <DirectoryTabs />
        <Keypad
          onKey={(value) => onDialStringChange(dialString + value)}
          onBackspace={() => onDialStringChange(dialString.slice(0, -1))}
          canDelete={dialString.length > 0}
          anyAccountRegistered={anyRegistered}
        />
      </main>
      <StatusBar accounts={accounts.value} onOpenSettings={props.onOpenSettings} />
    </div>
  );
}
