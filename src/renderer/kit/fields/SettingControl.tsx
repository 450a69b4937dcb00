import type { ControlProps } from './control-props';
import { BooleanControl } from './BooleanControl';
import { EnumControl } from './EnumControl';
import { IntegerControl } from './IntegerControl';
import { OrderedListControl } from './OrderedListControl';
import { StringControl } from './StringControl';
import { StringListControl } from './StringListControl';

/** The control for a non-secret field, by kind. Secrets have their own controls (they never get a value). */
export function SettingControl(props: ControlProps) {
  const { field } = props;
  switch (field.kind) {
    case 'boolean':
      return <BooleanControl {...props} field={field} />;
    case 'enum':
      return <EnumControl {...props} field={field} />;
    case 'integer':
      return <IntegerControl {...props} field={field} />;
    case 'string':
      return <StringControl {...props} field={field} />;
    case 'orderedList':
      return <OrderedListControl {...props} field={field} />;
    case 'stringList':
      return <StringListControl {...props} field={field} />;
    case 'secret':
      return null;
  }
}
