import type { ReactNode } from 'react';
import type { SettingGroup } from '../../../shared/settings/field';
import { useLanguage } from '../../i18n/use-language';
import { breadcrumbParts } from '../../kit/fields/breadcrumb';

interface AccountGroupSectionProps {
  group: SettingGroup;
  /** The first groups (name, credentials) are always shown; the rest fold away until needed. */
  collapsible: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}

/** A group of account settings, titled by the last part of its breadcrumb ("SIP credentials"). */
export function AccountGroupSection({
  group,
  collapsible,
  open,
  onToggle,
  children,
}: AccountGroupSectionProps) {
  const language = useLanguage();
  const title = breadcrumbParts(group, language).pop() ?? group.id;
  if (!collapsible) {
    return (
      <fieldset className="field-group" data-testid={`account-group-${group.id}`}>
        <legend className="field-group__title">{title}</legend>
        <div className="field-list">{children}</div>
      </fieldset>
    );
  }
  return (
    <details
      className="field-group field-group--collapsible"
      open={open}
      data-testid={`account-group-${group.id}`}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary className="field-group__title">{title}</summary>
      <div className="field-list">{children}</div>
    </details>
  );
}
