import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceState } from '../../../shared/contract/desktop';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { CheckIcon } from '../../ui/icons';
import { NoEntryIcon } from './desktop-icons';
import { usePresence } from './use-presence';

/** What the user can choose; `offline` is main's state while nothing is registered, not a choice. */
export const presenceChoices: readonly PresenceState[] = ['available', 'away', 'busy', 'dnd'];

/**
 * The status bar's presence: a button naming the state and a menu (WAI-ARIA menu button pattern) with
 * the choices. Do not disturb refuses calls, so it is spelt out with an icon, never a colour alone.
 */
export function PresenceControl() {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const presence = usePresence();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef(new Map<PresenceState, HTMLButtonElement>());
  const state = presence.value?.state;
  const stateText = state === undefined ? '…' : t(`desktop.presence.state.${state}`);

  useEffect(() => {
    if (!open) return;
    items.current.get(state !== undefined && presenceChoices.includes(state) ? state : 'available')?.focus();
    // Only on opening: the menu keeps its own focus afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const choose = async (next: PresenceState) => {
    close(true);
    try {
      presence.apply(await api.request('presence.set', { state: next }));
      announcer.status(t('desktop.presence.changed', { state: t(`desktop.presence.state.${next}`) }));
    } catch (reason) {
      announcer.alert(t('desktop.presence.failed', { message: contractErrorText(t, reason) }));
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const focused = presenceChoices.findIndex(
      (choice) => items.current.get(choice) === document.activeElement,
    );
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (focused + 1) % presenceChoices.length;
    if (event.key === 'ArrowUp') next = (focused + presenceChoices.length - 1) % presenceChoices.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = presenceChoices.length - 1;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    const choice = presenceChoices[next];
    if (choice !== undefined) items.current.get(choice)?.focus();
  };

  return (
    <div
      className="presence"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`presence__button presence__button--${state ?? 'unknown'}`}
        data-testid="presence-button"
        data-state={state}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('desktop.presence.label', { state: stateText })}
        title={state === 'dnd' ? t('desktop.presence.dndHint') : t('desktop.presence.menuLabel')}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {state === 'dnd' ? (
          <NoEntryIcon className="presence__icon" />
        ) : (
          <span className={`presence-dot presence-dot--${state ?? 'unknown'}`} aria-hidden="true" />
        )}
        <span className="presence__text">{stateText}</span>
      </button>
      {open && (
        <div
          className="presence__menu"
          role="menu"
          aria-label={t('desktop.presence.menuLabel')}
          data-testid="presence-menu"
          onKeyDown={onMenuKeyDown}
        >
          {presenceChoices.map((choice) => (
            <button
              key={choice}
              ref={(element) => {
                if (element) items.current.set(choice, element);
                else items.current.delete(choice);
              }}
              type="button"
              role="menuitemradio"
              aria-checked={choice === state}
              tabIndex={-1}
              className="presence__item"
              data-testid={`presence-${choice}`}
              onClick={() => void choose(choice)}
            >
              {choice === 'dnd' ? (
                <NoEntryIcon className="presence__icon presence__icon--dnd" />
              ) : (
                <span className={`presence-dot presence-dot--${choice}`} aria-hidden="true" />
              )}
              <span className="presence__item-text">{t(`desktop.presence.state.${choice}`)}</span>
              {choice === state && <CheckIcon className="presence__check" />}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
