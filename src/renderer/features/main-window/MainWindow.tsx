import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, CallView, ContactView, HistoryEntry } from '../../../shared/contract';
import type { LiveResource } from '../../kit/use-live-resource';
import { dialCharFromKey } from '../../kit/keyboard-nav';
import { isFindShortcut } from '../../kit/shortcuts';
import { useWindowKeydown } from '../../kit/use-window-keydown';
import { CallStrip, CallWindow, isTextEntry, useDial } from '../calls';
import {
  accountForSource,
  dialsTopHit,
  useContactSearch,
  useContactSources,
  useContactsRevision,
} from '../contacts';
import { AccountsArea } from './AccountsArea';
import { DialAccountPicker } from './DialAccountPicker';
import { DirectoryTabs } from './DirectoryTabs';
import { Keypad } from './Keypad';
import { SearchField } from './SearchField';
import { StatusBar } from './StatusBar';
import { dialAccountId } from './dial-account';

interface MainWindowProps {
  accounts: LiveResource<AccountView[]>;
  calls: readonly CallView[];
  certificateChecksOff: boolean;
  /** The keypad's digits are shown (the user can fold them away to see more of the lists). */
  keypadShown: boolean;
  onToggleKeypad: () => void;
  /** The user chose to see the lists while calls go on. */
  callWindowHidden: boolean;
  onHideCallWindow: () => void;
  onShowCallWindow: () => void;
  callAccountLabel: (accountId: string) => string;
  dialString: string;
  onDialStringChange: (value: string) => void;
  onOpenSettings: () => void;
  onAddAccount: () => void;
  onSetUp: () => void;
  onEditAccount: (id: string) => void;
  /** Compact mode: the lists only; calls show in the call bar above the search field. */
  compact: boolean;
  onCompactChange: (on: boolean) => void;
}

/**
 * The manual's main window: accounts on top, search, contacts/recent, keypad, status bar. While there
 * are calls the call window takes the middle, until the user asks for the lists.
 */
export function MainWindow(props: MainWindowProps) {
  const { accounts, calls, dialString, onDialStringChange } = props;
  const { t } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  const dialer = useDial();
  const [chosenAccount, setChosenAccount] = useState<string | undefined>(undefined);
  const accountList = accounts.value ?? [];
  const anyRegistered = accountList.some((account) => account.registration.state === 'registered');
  const dialAccount = dialAccountId(accountList, chosenAccount);
  const contactsRevision = useContactsRevision();
  const contactSearch = useContactSearch(dialString, contactsRevision);
  const contactSources = useContactSources();
  // Ended calls alone do not take the window: they show above the search field until main drops them.
  const showCallWindow =
    !props.compact && calls.some((call) => call.state !== 'ended') && !props.callWindowHidden;

  // Focus follows the view: to the search field when the call window closes (or Ctrl+F asked for it).
  const focusSearch = useRef(false);
  const callWindowWasShown = useRef(showCallWindow);
  useEffect(() => {
    const closed = callWindowWasShown.current && !showCallWindow;
    callWindowWasShown.current = showCallWindow;
    if (showCallWindow) return;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusSearch.current || (closed && focusLost && document.hasFocus())) {
      searchRef.current?.focus();
      if (focusSearch.current) searchRef.current?.select();
    }
    focusSearch.current = false;
  }, [showCallWindow]);

  useWindowKeydown((event) => {
    if (!isFindShortcut(event)) return;
    event.preventDefault();
    if (showCallWindow) {
      focusSearch.current = true;
      props.onHideCallWindow();
      return;
    }
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  const dial = async (target: string, accountId: string | undefined, clearField: boolean) => {
    if (!anyRegistered) {
      dialer.refuse(t('keypad.callNeedsAccount'));
      return;
    }
    if (!(await dialer.dial(target, accountId))) return;
    if (clearField) onDialStringChange('');
    // In compact mode the call stays in the call bar (the manual: the call window remains closed).
    if (!props.compact) props.onShowCallWindow();
  };

  const callBack = (entry: HistoryEntry) => {
    const own = accountList.find((account) => account.id === entry.accountId);
    const accountId = own?.registration.state === 'registered' ? own.id : dialAccount;
    void dial(entry.remoteNumber, accountId, false);
  };

  // A contact is called from its source's account when the source names one.
  const dialContact = (contact: ContactView, number: string) =>
    void dial(number, accountForSource(contactSources.value, contact.sourceId) ?? dialAccount, true);

  // Enter on a typed name calls the best hit; on a number or address it dials what was typed.
  const enter = () => {
    const top = dialsTopHit(dialString, contactSearch);
    if (top !== undefined) dialContact(top.contact, top.number);
    else void dial(dialString, dialAccount, true);
  };

  const editDialString = (value: string) => {
    dialer.clearError();
    onDialStringChange(value);
  };

  // Digits, * # and + typed anywhere in the lists go to the dial field (not from another text field or a
  // dialog); Tab from nowhere starts at the search field.
  useWindowKeydown((event) => {
    if (showCallWindow || isTextEntry(event.target)) return;
    const inDialog = event.target instanceof Element && event.target.closest('dialog') !== null;
    const char = dialCharFromKey(event);
    if (char !== undefined && !inDialog) {
      event.preventDefault();
      editDialString(dialString + char);
      searchRef.current?.focus();
      return;
    }
    const nowhere = document.activeElement === null || document.activeElement === document.body;
    if (event.key === 'Tab' && !event.shiftKey && nowhere) {
      event.preventDefault();
      searchRef.current?.focus();
    }
  });

  return (
    <div
      className={`main-window${showCallWindow ? ' main-window--in-call' : ''}${props.compact ? ' main-window--compact' : ''}`}
      data-compact={props.compact || undefined}
    >
      {/* The call window needs the room; the status bar still sums up registration. */}
      {!showCallWindow && (
        <header className="main-window__header">
          {/* one level-1 heading per screen, for screen-reader navigation; the window title shows it */}
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <AccountsArea
            accounts={accounts}
            onAdd={props.onAddAccount}
            onSetUp={props.onSetUp}
            onEdit={props.onEditAccount}
          />
        </header>
      )}
      {showCallWindow ? (
        <CallWindow
          calls={calls}
          accountLabel={props.callAccountLabel}
          onShowMainWindow={props.onHideCallWindow}
        />
      ) : (
        <main className="main-window__body">
          {calls.length > 0 && (
            <CallStrip
              calls={calls}
              accountLabel={props.callAccountLabel}
              onShowCall={() => {
                // "Show call" from compact mode opens the full window with the call in it.
                if (props.compact) props.onCompactChange(false);
                props.onShowCallWindow();
              }}
            />
          )}
          <SearchField
            value={dialString}
            onChange={editDialString}
            onEnter={enter}
            onArrowDown={() =>
              document
                .querySelector<HTMLButtonElement>('[data-testid="contacts-panel"] .contact-row__main')
                ?.focus()
            }
            error={dialer.error}
            inputRef={searchRef}
          />
          <DirectoryTabs
            onCallBack={callBack}
            query={dialString}
            search={contactSearch}
            contactsRevision={contactsRevision}
            onDialContact={dialContact}
            onDialBlf={(target, accountId) => void dial(target, accountId, false)}
            compact={props.compact}
          />
          <Keypad
            onKey={(value) => editDialString(dialString + value)}
            onBackspace={() => editDialString(dialString.slice(0, -1))}
            onCall={() => void dial(dialString, dialAccount, true)}
            canDelete={dialString.length > 0}
            digitsShown={props.keypadShown}
            onToggleDigits={props.onToggleKeypad}
            anyAccountRegistered={anyRegistered}
            dialling={dialer.busy}
            accountPicker={
              accountList.length > 1 ? (
                <DialAccountPicker accounts={accountList} value={dialAccount} onChange={setChosenAccount} />
              ) : undefined
            }
          />
        </main>
      )}
      <StatusBar
        accounts={accounts.value}
        certificateChecksOff={props.certificateChecksOff}
        onOpenSettings={props.onOpenSettings}
        compact={props.compact}
        onCompactChange={props.onCompactChange}
      />
    </div>
  );
}
