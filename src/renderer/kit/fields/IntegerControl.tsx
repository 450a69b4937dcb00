import type { IntegerField } from '../../../shared/settings/field';
import type { ControlProps } from './control-props';
import { useTextDraft } from './use-text-draft';

/** Empty or non-numeric text becomes NaN, which the field check turns into "enter a whole number". */
function parseInteger(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function IntegerControl(props: ControlProps<IntegerField>) {
  const { field, ids, testId, value, disabled, invalid, describedBy, onCommit } = props;
  const committed = typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  const draft = useTextDraft(committed, (text) => onCommit(parseInteger(text)));
  const describedByWithUnit =
    field.unit === undefined ? describedBy : [describedBy, ids.unit].filter(Boolean).join(' ');
  return (
    <span className="number-input">
      <input
        type="number"
        inputMode="numeric"
        className="input input--number"
        id={ids.input}
        data-testid={testId}
        min={field.min}
        max={field.max}
        step={1}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedByWithUnit}
        {...draft}
      />
      {field.unit !== undefined && (
        <span className="number-input__unit" id={ids.unit}>
          {field.unit}
        </span>
      )}
    </span>
  );
}
