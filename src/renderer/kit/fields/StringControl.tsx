import type { StringField } from '../../../shared/settings/field';
import type { ControlProps } from './control-props';
import { useTextDraft } from './use-text-draft';

export function StringControl(props: ControlProps<StringField>) {
  const { field, ids, testId, value, disabled, invalid, describedBy, onCommit } = props;
  const draft = useTextDraft(typeof value === 'string' ? value : '', (text) => onCommit(text));
  return (
    <input
      type="text"
      className="input"
      id={ids.input}
      data-testid={testId}
      maxLength={field.maxLength}
      autoComplete="off"
      spellCheck={field.format === 'text'}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      {...draft}
    />
  );
}
