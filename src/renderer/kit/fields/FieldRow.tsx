import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingField } from '../../../shared/settings/field';
import { isAvailable } from '../../../shared/settings/field';
import { settingHelp, settingLabel, settingUnsupportedReason } from '../../../shared/i18n/setting-texts';
import type { UiLanguage } from '../../i18n/language';
import { LockIcon } from '../../ui/icons';
import type { FieldIds } from './field-ids';

export interface FieldState {
  ids: FieldIds;
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
}

interface FieldRowProps {
  field: SettingField;
  ids: FieldIds;
  language: UiLanguage;
  locked: boolean;
  /** The inline error, already worded (it names the field). */
  error: string | undefined;
  /** An extra line under the help, e.g. "leave empty to keep the stored password". */
  note?: string;
  /** Shown above the label in search results: where the field lives. */
  breadcrumb?: string;
  /** Just saved: a visible "Saved" next to the label (the announcer says it to screen readers). */
  saved?: boolean;
  children: (state: FieldState) => ReactNode;
}

/** Lists and switches are not a single input a <label for> can point at; they use aria-labelledby. */
function labelsByFor(field: SettingField): boolean {
  return field.kind !== 'orderedList' && field.kind !== 'stringList';
}

/**
 * One generated setting: label, control, unit, help, and why it may be disabled (provisioned lock,
 * unsupported by a WebRTC phone, or not available yet) or refused. Every such text is wired to the control's description.
 */
export function FieldRow({
  field,
  ids,
  language,
  locked,
  error,
  note,
  breadcrumb,
  saved = false,
  children,
}: FieldRowProps) {
  const { t } = useTranslation();
  const label = settingLabel(language, field);
  const help = settingHelp(language, field);
  const unsupported = settingUnsupportedReason(language, field);
  // The one line under a field that has no effect: why it cannot (unsupported), or that it is not there yet.
  const unavailable = !isAvailable(field)
    ? unsupported === undefined
      ? t('settings.notAvailableYet')
      : t('settings.unsupported', { reason: unsupported })
    : undefined;
  const describedBy =
    [
      help === undefined ? undefined : ids.help,
      note === undefined ? undefined : ids.note,
      locked ? ids.locked : undefined,
      unavailable === undefined ? undefined : ids.unsupported,
      error === undefined ? undefined : ids.error,
    ]
      .filter((id) => id !== undefined)
      .join(' ') || undefined;
  const state: FieldState = {
    ids,
    disabled: locked || unavailable !== undefined,
    invalid: error !== undefined,
    describedBy,
  };

  return (
    <div className={`field-row field-row--${field.kind}`} data-field-key={ids.input}>
      <div className="field-row__label-line">
        {breadcrumb !== undefined && <span className="field-row__breadcrumb">{breadcrumb}</span>}
        {labelsByFor(field) ? (
          <label id={ids.label} htmlFor={ids.input} className="field-row__label">
            {label}
          </label>
        ) : (
          <span id={ids.label} className="field-row__label">
            {label}
          </span>
        )}
        {locked && (
          <span className="badge badge--locked" title={t('settings.provisionedExplanation')}>
            <LockIcon />
            {t('settings.provisioned')}
          </span>
        )}
        {saved && error === undefined && (
          // aria-hidden: the announcer already says "<field> saved."; this is the visible confirmation.
          <span className="badge badge--saved" aria-hidden="true" data-testid={`${ids.input}-saved`}>
            {t('settings.savedBadge')}
          </span>
        )}
      </div>
      <div className="field-row__control">{children(state)}</div>
      <div className="field-row__notes">
        {help !== undefined && (
          <p id={ids.help} className="field-row__help">
            {help}
          </p>
        )}
        {note !== undefined && (
          <p id={ids.note} className="field-row__help">
            {note}
          </p>
        )}
        {locked && (
          <p id={ids.locked} className="visually-hidden">
            {t('settings.provisionedExplanation')}
          </p>
        )}
        {unavailable !== undefined && (
          <p id={ids.unsupported} className="field-row__unsupported">
            {unavailable}
          </p>
        )}
        {error !== undefined && (
          <p id={ids.error} className="field-row__error" data-testid={`${ids.input}-error`}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
