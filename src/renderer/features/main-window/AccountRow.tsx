import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/contract';
import { accountSignallingIsCleartext } from '../../../shared/security/cleartext';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { AlertIcon } from '../../ui/icons';
import {
  accountIdentity,
  AccountStateIcon,
  registrationDetailLang,
  registrationProblem,
  registrationText,
  useAccountLabel,
} from '../accounts';
import { LoginIcon, LogoutIcon } from '../calls';
import { accountKeys } from '../../kit/setting-keys';
import { voicemailIndicator } from './voicemail-text';
import { userTextOr } from '../../i18n/user-text';

interface AccountRowProps {
  account: AccountView;
  onEdit: (id: string) => void;
}

/** One account: its state (opening the editor), Login or Deregister, and what to do about a failure. */
export function AccountRow({ account, onEdit }: AccountRowProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const name = useAccountLabel()(account);
  const identity = accountIdentity(account);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const { state } = account.registration;
  const stateText = registrationText(t, account);
  const problem = registrationProblem(t, account);
  // Registered or on its way there: the user can deregister; otherwise log in (again).
  const loggedIn = state === 'registered' || state === 'registering';
  const problemId = `account-problem-${account.id}`;
  const cleartext = accountSignallingIsCleartext(account.settings);
  const cleartextId = `account-cleartext-${account.id}`;
  // why the account's own ringtone did not ring (the built-in one did), until it rings or is changed
  const ringtoneProblem = userTextOr(t, account.ringtoneProblem, undefined);
  const ringtoneId = `account-ringtone-${account.id}`;
  const describedBy =
    [
      problem === undefined && error === undefined ? undefined : problemId,
      cleartext ? cleartextId : undefined,
      ringtoneProblem === undefined ? undefined : ringtoneId,
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await api.request(loggedIn ? 'accounts.unregister' : 'accounts.register', { id: account.id });
      setError(undefined);
    } catch (reason) {
      const text = t('accounts.actionFailed', { name, problem: contractErrorText(t, reason) });
      setError(text);
      announcer.alert(text);
    } finally {
      setBusy(false);
    }
  };

  const voicemailNumber = account.settings[accountKeys.voicemailNumber];
  const canCheckVoicemail =
    state === 'registered' && typeof voicemailNumber === 'string' && voicemailNumber !== '';
  const checkVoicemail = async () => {
    try {
      await api.request('calls.dial', { target: String(voicemailNumber), accountId: account.id });
      setError(undefined);
    } catch (reason) {
      const text = t('accounts.actionFailed', { name, problem: contractErrorText(t, reason) });
      setError(text);
      announcer.alert(text);
    }
  };

  const mailbox = voicemailIndicator(t, account.voicemail);
  const callVoicemailLabel = mailbox
    ? t('accounts.voicemailLabelWithStatus', { name, status: mailbox.status })
    : t('accounts.voicemailLabel', { name });
  // without a number to dial (or while not registered) the mailbox is text, shown only when something is new
  const mailboxText =
    !canCheckVoicemail && mailbox?.badge !== undefined
      ? t('accounts.voicemailStatus', { name, status: mailbox.status })
      : undefined;

  const actionLabel = loggedIn ? t('accounts.logoutLabel', { name }) : t('accounts.loginLabel', { name });
  return (
    <li className="account-item">
      <div className="account-item__line">
        <button
          type="button"
          className={`account-row account-row--${state}`}
          data-testid={`account-${account.id}`}
          data-state={state}
          title={t('accounts.edit', { name })}
          aria-describedby={describedBy}
          onClick={() => onEdit(account.id)}
        >
          <AccountStateIcon state={state} />
          <span className="account-row__text">
            <span className="account-row__name">{name}</span>
            {identity !== undefined && (
              <span className="account-row__identity" data-testid={`account-identity-${account.id}`}>
                {identity}
              </span>
            )}
            <span className="account-row__state" data-testid={`account-state-${account.id}`}>
              {stateText}
            </span>
          </span>
        </button>
        <button
          type="button"
          className="button button--small account-item__action"
          data-testid={loggedIn ? `account-logout-${account.id}` : `account-login-${account.id}`}
          aria-label={actionLabel}
          title={actionLabel}
          aria-busy={busy}
          aria-disabled={busy}
          onClick={() => void toggle()}
        >
          {loggedIn ? <LogoutIcon /> : <LoginIcon />}
          {loggedIn ? t('accounts.logout') : t('accounts.login')}
        </button>
        {canCheckVoicemail && (
          <button
            type="button"
            className="button button--small account-item__action"
            data-testid={`account-voicemail-${account.id}`}
            aria-label={callVoicemailLabel}
            title={callVoicemailLabel}
            onClick={() => void checkVoicemail()}
          >
            {t('accounts.voicemail')}
            <VoicemailBadge accountId={account.id} badge={mailbox?.badge} />
          </button>
        )}
        {mailboxText !== undefined && (
          <span
            className="account-item__voicemail"
            data-testid={`account-voicemail-status-${account.id}`}
            title={mailboxText}
          >
            <span aria-hidden="true">{t('accounts.voicemail')}</span>
            <VoicemailBadge accountId={account.id} badge={mailbox?.badge} />
            <span className="visually-hidden">{mailboxText}</span>
          </span>
        )}
      </div>
      {cleartext && (
        <p id={cleartextId} className="cleartext-warning account-item__cleartext" data-testid={cleartextId}>
          <AlertIcon />
          {t('cleartext.sipRow')}
        </p>
      )}
      {ringtoneProblem !== undefined && (
        <p id={ringtoneId} className="account-item__problem" data-testid={ringtoneId}>
          <span>{ringtoneProblem}</span>
        </p>
      )}
      {(problem !== undefined || error !== undefined) && (
        <p id={problemId} className="account-item__problem" data-testid={`account-problem-${account.id}`}>
          {problem !== undefined && <span>{problem.hint}</span>}
          {problem?.detail !== undefined && (
            <span className="account-item__detail">
              {t('accounts.failureDetail')}{' '}
              <span lang={registrationDetailLang(account)}>{problem.detail}</span>
            </span>
          )}
          {error !== undefined && <span className="account-item__error">{error}</span>}
        </p>
      )}
    </li>
  );
}

/** The count of new voice messages (a dot when the PBX gave none); the surrounding name says it aloud. */
function VoicemailBadge({ accountId, badge }: { accountId: string; badge: string | undefined }) {
  if (badge === undefined) return null;
  return (
    <span
      className={badge === '' ? 'voicemail-badge voicemail-badge--dot' : 'voicemail-badge'}
      data-testid={`account-voicemail-badge-${accountId}`}
      aria-hidden="true"
    >
      {badge}
    </span>
  );
}
