import { useState } from 'react';
import type { EnumField } from '../../../shared/settings/field';
import { optionLabel, optionUnsupportedReason } from '../../../shared/i18n/setting-texts';
import type { ControlProps } from './control-props';

export function EnumControl(props: ControlProps<EnumField>) {
  const { field, ids, testId, value, language, disabled, invalid, describedBy, onCommit } = props;
  const [pending, setPending] = useState<string | undefined>(undefined);
  const choose = async (next: string) => {
    setPending(next);
    await onCommit(next);
    setPending(undefined);
  };
  return (
    <select
      className="select"
      id={ids.input}
      data-testid={testId}
      value={pending ?? (typeof value === 'string' ? value : field.default)}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => void choose(event.target.value)}
    >
      {field.options.map((option) => (
        <option
          key={option.value}
          value={option.value}
          disabled={option.unsupported === true && option.value !== value}
          title={optionUnsupportedReason(language, field, option)}
        >
          {option.unsupported === true
            ? `${optionLabel(language, field, option)} – ${optionUnsupportedReason(language, field, option)}`
            : optionLabel(language, field, option)}
        </option>
      ))}
    </select>
  );
}
