import { useState } from 'react';
import type { BooleanField } from '../../../shared/settings/field';
import type { ControlProps } from './control-props';

/** A switch; the change is committed at once and shown optimistically until main answers. */
export function BooleanControl(props: ControlProps<BooleanField>) {
  const { ids, testId, value, disabled, invalid, describedBy, onCommit } = props;
  const [pending, setPending] = useState<boolean | undefined>(undefined);
  const toggle = async (checked: boolean) => {
    setPending(checked);
    await onCommit(checked);
    setPending(undefined);
  };
  return (
    <input
      type="checkbox"
      role="switch"
      className="switch"
      id={ids.input}
      data-testid={testId}
      checked={pending ?? value === true}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => void toggle(event.target.checked)}
    />
  );
}
