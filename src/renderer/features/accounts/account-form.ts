import type { AccountView, RequestParams } from '../../../shared/contract';
import type { FieldEntry } from '../../../shared/settings/registry';
import type { FieldProblem } from '../../kit/fields/field-problem';
import { findProblem } from '../../kit/fields/field-problem';
import type { SettingValue } from '../../kit/fields/setting-value';

export type AccountValues = Record<string, SettingValue>;

function copy(value: SettingValue): SettingValue {
  return Array.isArray(value) ? [...value] : value;
}

/** The form's starting values: every non-secret field's default, overlaid with the account's values. */
export function initialAccountValues(entries: readonly FieldEntry[], account?: AccountView): AccountValues {
  const values: AccountValues = {};
  for (const { key, field } of entries) {
    if (field.kind === 'secret') continue;
    values[key] = copy(account?.settings[key] ?? field.default);
  }
  return values;
}

/** The problem of every field the user can edit; provisioned and unsupported fields are main's business. */
export function accountProblems(
  entries: readonly FieldEntry[],
  values: AccountValues,
  locked: readonly string[],
): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const { key, field } of entries) {
    if (field.kind === 'secret' || field.unsupported !== undefined || locked.includes(key)) continue;
    const value = values[key];
    const problem = value === undefined ? undefined : findProblem(field, value);
    if (problem !== undefined) problems.set(key, problem);
  }
  return problems;
}

function sameValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The settings to send. A new account sends the whole form. An edit sends only what changed: main
 * merges it into the stored account and refuses any provisioned key, even with an unchanged value.
 */
export function settingsToSend(
  entries: readonly FieldEntry[],
  values: AccountValues,
  account?: AccountView,
): AccountValues {
  const send: AccountValues = {};
  for (const { key, field } of entries) {
    const value = values[key];
    if (field.kind === 'secret' || value === undefined) continue;
    if (account === undefined) {
      send[key] = value;
      continue;
    }
    if (account.locked.includes(key) || field.unsupported !== undefined) continue;
    if (!sameValue(value, account.settings[key] ?? field.default)) send[key] = value;
  }
  return send;
}

type CreateParams = RequestParams<'accounts.create'>;
type UpdateParams = RequestParams<'accounts.update'>;

/** An empty password field keeps the stored password, so it is left out rather than sent as ''. */
export function createParams(settings: AccountValues, password: string): CreateParams {
  return password === '' ? { settings } : { settings, password };
}

export function updateParams(id: string, settings: AccountValues, password: string): UpdateParams {
  return password === '' ? { id, settings } : { id, settings, password };
}
