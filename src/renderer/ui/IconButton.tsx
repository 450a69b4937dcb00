import type { ReactNode } from 'react';

interface IconButtonProps {
  /** Accessible name and tooltip (the button shows only the icon). */
  label: string;
  /** A longer tooltip when it differs from the accessible name. */
  title?: string;
  testId: string;
  onClick: () => void;
  small?: boolean;
  disabled?: boolean;
  children: ReactNode;
}

/** A button that shows only an icon, named for screen readers and with the same text as tooltip. */
export function IconButton({ label, title, testId, onClick, small, disabled, children }: IconButtonProps) {
  return (
    <button
      type="button"
      className={small ? 'icon-button icon-button--small' : 'icon-button'}
      data-testid={testId}
      aria-label={label}
      title={title ?? label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
