import type { AccountView } from '../../shared/contract/models';
import type { Language } from './desktop-settings';
import { presenceLabel, text } from './desktop-texts';
import type { PresenceState } from './presence';
import { presenceStates } from '../../shared/contract/desktop';

/** The tray icons in resources/ (tray-<icon>.png). */
export const trayIcons = ['registered', 'registering', 'offline', 'failed', 'dnd', 'away', 'missed'] as const;
export type TrayIcon = (typeof trayIcons)[number];

export type TrayRegistration = 'registered' | 'registering' | 'offline' | 'failed' | 'none';

/** A menu entry as plain data; the shell turns it into an Electron MenuItem. */
export type TrayMenuItem =
  | { type: 'normal'; id: TrayCommand; label: string }
  | { type: 'checkbox'; id: TrayCommand; label: string; checked: boolean }
  | { type: 'radio'; id: TrayCommand; label: string; checked: boolean }
  | { type: 'submenu'; label: string; items: TrayMenuItem[] }
  | { type: 'separator' };

export type TrayCommand = 'toggleWindow' | 'toggleDnd' | `presence:${PresenceState}` | 'quit';

export interface TrayView {
  icon: TrayIcon;
  tooltip: string;
  menu: TrayMenuItem[];
}

export interface TrayInput {
  accounts: readonly Pick<AccountView, 'registration' | 'voicemail'>[];
  presence: PresenceState;
  missedCalls: number;
  windowVisible: boolean;
  language: Language;
  /** A live call has our microphone muted. */
  muted?: boolean;
}

/** Worst-first summary of all accounts: any failure shows, then registering, then registered. */
export function summariseRegistration(accounts: TrayInput['accounts']): TrayRegistration {
  if (accounts.length === 0) return 'none';
  const states = new Set(accounts.map((a) => a.registration.state));
  if (states.has('failed')) return 'failed';
  if (states.has('registering')) return 'registering';
  if (states.has('registered')) return 'registered';
  return 'offline';
}

/**
 * What the tray shows. The icon says the most urgent thing: a registration
 * problem first (you cannot be called), then missed calls, then presence.
 */
export function trayView(input: TrayInput): TrayView {
  const lang = input.language;
  const registration = summariseRegistration(input.accounts);
  const icon = pickIcon(registration, input.presence, input.missedCalls);
  const lines = [
    'Softphone',
    // right under the name: talking into a muted call is the mistake the tray must prevent
    ...(input.muted === true ? [text(lang, 'microphoneMuted')] : []),
    text(
      lang,
      registration === 'none' ? 'noAccount' : registration === 'offline' ? 'unregistered' : registration,
    ),
    presenceLabel(lang, input.presence),
  ];
  if (input.missedCalls > 0) lines.push(text(lang, 'missedCalls', { count: input.missedCalls }));
  const voicemail = input.accounts.reduce((sum, account) => sum + (account.voicemail?.newMessages ?? 0), 0);
  if (voicemail > 0) lines.push(text(lang, 'newVoicemail', { count: voicemail }));
  return { icon, tooltip: lines.join('\n'), menu: trayMenu(input) };
}

function pickIcon(registration: TrayRegistration, presence: PresenceState, missed: number): TrayIcon {
  if (registration === 'failed') return 'failed';
  if (registration === 'registering') return 'registering';
  if (registration !== 'registered') return 'offline';
  if (missed > 0) return 'missed';
  if (presence === 'dnd') return 'dnd';
  if (presence === 'away' || presence === 'busy') return 'away';
  if (presence === 'offline') return 'offline';
  return 'registered';
}

function trayMenu(input: TrayInput): TrayMenuItem[] {
  const lang = input.language;
  return [
    { type: 'normal', id: 'toggleWindow', label: text(lang, input.windowVisible ? 'hide' : 'show') },
    { type: 'separator' },
    {
      type: 'checkbox',
      id: 'toggleDnd',
      label: text(lang, 'doNotDisturb'),
      checked: input.presence === 'dnd',
    },
    {
      type: 'submenu',
      label: text(lang, 'presence'),
      items: presenceStates.map((state) => ({
        type: 'radio' as const,
        id: `presence:${state}` as const,
        label: presenceLabel(lang, state),
        checked: input.presence === state,
      })),
    },
    { type: 'separator' },
    { type: 'normal', id: 'quit', label: text(lang, 'quit') },
  ];
}
