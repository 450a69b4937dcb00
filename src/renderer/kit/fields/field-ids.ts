/** Element ids of one field's parts, so labels and descriptions can point at the control. */
export interface FieldIds {
  input: string;
  label: string;
  help: string;
  locked: string;
  unsupported: string;
  error: string;
  note: string;
  unit: string;
}

export function fieldIds(scope: string, fullKey: string): FieldIds {
  const base = `${scope}-${fullKey}`;
  return {
    input: base,
    label: `${base}-label`,
    help: `${base}-help`,
    locked: `${base}-locked`,
    unsupported: `${base}-unsupported`,
    error: `${base}-error`,
    note: `${base}-note`,
    unit: `${base}-unit`,
  };
}
