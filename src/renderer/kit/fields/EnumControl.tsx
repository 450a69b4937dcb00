import { useState } from 'react';
import type { EnumField } from '../../../shared/settings/field';
import { pickText } from '../../i18n/language';
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
          disabled={option.unsupported !== undefined && option.value !== value}
          title={option.unsupported ? pickText(option.unsupported, language) : undefined}
        >
          {option.unsupported
            ? `${pickText(option.label, language)} – ${pickText(option.unsupported, language)}`
            : pickText(option.label, language)}
        </option>
      ))}
    </select>
  );
}
