import type { TFunction } from 'i18next';
import type { AccountView } from '../../../shared/contract';
import type { ConnectionState } from '../../api/connection-state';
import { registrationText } from '../accounts';

/** Colour of the status bar's dot: all registered, some progress, a problem, or nothing to report. */
export type StatusTone = 'ok' | 'busy' | 'problem' | 'idle';

export interface StatusSummary {
  tone: StatusTone;
  text: string;
}

function toneOf(accounts: readonly AccountView[]): StatusTone {
  const states = accounts.map((account) => account.registration.state);
  if (states.every((state) => state === 'registered')) return 'ok';
  if (states.some((state) => state === 'registering')) return 'busy';
  return 'problem';
}

/** One line for the status bar: the link to main first, then how many accounts are registered. */
export function statusSummary(
  t: TFunction,
  connection: ConnectionState,
  accounts: readonly AccountView[] | undefined,
): StatusSummary {
  if (connection !== 'connected') return { tone: 'problem', text: t('statusBar.notConnected') };
  if (accounts === undefined) return { tone: 'idle', text: t('app.loading') };
  const [only] = accounts;
  if (only === undefined) return { tone: 'idle', text: t('statusBar.noAccount') };
  if (accounts.length === 1) return { tone: toneOf(accounts), text: registrationText(t, only) };
  const registered = accounts.filter((account) => account.registration.state === 'registered').length;
  return { tone: toneOf(accounts), text: t('statusBar.summary', { registered, count: accounts.length }) };
}
