import { fieldSchema } from '../../../shared/settings/field';
import type {
  SettingField,
  StringField,
  StringFormat,
  StringListField,
} from '../../../shared/settings/field';
import type { SettingValue } from './setting-value';

/** Keys under `problems.` in the locale files. */
export type ProblemKey =
  | 'wholeNumber'
  | 'tooLong'
  | 'empty'
  | 'control'
  | 'host'
  | 'hostPort'
  | 'url'
  | 'wsUrl'
  | 'phone'
  | 'email'
  | 'option'
  | 'duplicate'
  | 'tooMany'
  | 'invalid';

/** Why a value does not fit its field, as a translatable key with its parameters. */
export interface FieldProblem {
  key: ProblemKey;
  params?: Record<string, number>;
}

// The same limit field.ts applies to each entry of a string list.
const stringListEntryMaxLength = 2048;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

const formatProblems: Record<StringFormat, ProblemKey> = {
  text: 'invalid',
  path: 'invalid',
  host: 'host',
  hostPort: 'hostPort',
  url: 'url',
  wsUrl: 'wsUrl',
  phone: 'phone',
  email: 'email',
};

function stringProblem(
  value: unknown,
  format: StringFormat,
  maxLength: number,
  optional: boolean,
): FieldProblem {
  if (typeof value !== 'string') return { key: 'invalid' };
  if (value.length > maxLength) return { key: 'tooLong', params: { max: maxLength } };
  if (controlCharacters.test(value)) return { key: 'control' };
  if (value === '' && !optional) return { key: 'empty' };
  return { key: formatProblems[format] };
}

/** One entry of a string list, checked like a required string field of the list's format. */
function entryField(field: StringListField): StringField {
  return {
    kind: 'string',
    key: field.key,
    textKey: field.textKey,
    format: field.format,
    maxLength: stringListEntryMaxLength,
    optional: false,
    default: '',
  };
}

/**
 * Checks a value with the field's own zod schema (the one main applies too) and, when it fails, says
 * why in terms the UI can translate. The renderer checks before sending so that the message names the
 * problem in the user's language; main still validates everything it receives.
 */
export function findProblem(field: SettingField, value: SettingValue): FieldProblem | undefined {
  if (fieldSchema(field).safeParse(value).success) return undefined;
  switch (field.kind) {
    case 'integer':
      return { key: 'wholeNumber', params: { min: field.min, max: field.max } };
    case 'enum':
      return { key: 'option' };
    case 'string':
      return stringProblem(value, field.format, field.maxLength, field.optional);
    case 'orderedList':
      if (Array.isArray(value) && new Set(value).size !== value.length) return { key: 'duplicate' };
      return { key: 'option' };
    case 'stringList': {
      if (!Array.isArray(value)) return { key: 'invalid' };
      if (value.length > field.maxItems) return { key: 'tooMany', params: { max: field.maxItems } };
      const entrySchema = fieldSchema(entryField(field));
      const bad = value.find((entry) => !entrySchema.safeParse(entry).success);
      return stringProblem(bad, field.format, stringListEntryMaxLength, false);
    }
    case 'boolean':
    case 'secret':
      return { key: 'invalid' };
  }
}
