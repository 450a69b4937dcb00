import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/contract';
import { contactName, dialableNumbers } from './contact-text';

interface NumberMenuProps {
  contact: ContactView;
  /** Where the menu opens (viewport coordinates of the row's button). */
  anchor: DOMRect;
  onChoose: (number: string) => void;
  /** Closed without a choice; `returnFocus` is false when the user clicked elsewhere. */
  onClose: (returnFocus: boolean) => void;
}

/** A contact with several numbers: which one to call. Arrow keys move, Enter calls, Escape closes. */
export function NumberMenu({ contact, anchor, onChoose, onClose }: NumberMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  const numbers = dialableNumbers(contact);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowDown') next = items[(at + 1) % items.length];
    else if (event.key === 'ArrowUp') next = items[(at - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    next.focus();
  };

  const top = Math.min(anchor.bottom, window.innerHeight - 44 * numbers.length - 16);
  return (
    <div
      ref={menu}
      role="menu"
      className="number-menu"
      data-testid="contact-number-menu"
      aria-label={t('contacts.numberMenuLabel', { name: contactName(contact) })}
      style={{ top: Math.max(8, top), left: Math.max(8, anchor.left + 40) }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget)) onClose(false);
      }}
    >
      {numbers.map((phone, index) => (
        <button
          key={`${phone.number}-${index}`}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="number-menu__item"
          data-testid={`contact-number-${index}`}
          onClick={() => onChoose(phone.number)}
        >
          <span className="number-menu__type">{t(`contacts.phoneType.${phone.type}`)}</span>
          <span className="number-menu__number">{phone.number}</span>
        </button>
      ))}
    </div>
  );
}
