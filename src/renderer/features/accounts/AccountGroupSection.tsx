import type { ReactNode } from 'react';

interface AccountGroupSectionProps {
  /** The panel's id in accountSettingPanels (shared/settings/sections.ts). */
  id: string;
  title: string;
  /** The first groups (name, credentials) are always shown; the rest fold away until needed. */
  collapsible: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}

/** A panel of account settings ("Sign-in", "Advanced"). */
export function AccountGroupSection({
  id,
  title,
  collapsible,
  open,
  onToggle,
  children,
}: AccountGroupSectionProps) {
  if (!collapsible) {
    return (
      <fieldset className="field-group" data-testid={`account-group-${id}`}>
        <legend className="field-group__title">{title}</legend>
        <div className="field-list">{children}</div>
      </fieldset>
    );
  }
  return (
    <details
      className="field-group field-group--collapsible"
      open={open}
      data-testid={`account-group-${id}`}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary className="field-group__title">{title}</summary>
      <div className="field-list">{children}</div>
    </details>
  );
}
