import { isDeepStrictEqual } from 'node:util';
import { settingLabel } from '../../shared/i18n/setting-texts';
import type { SettingField, SettingGroup } from '../../shared/settings/field';
import { fieldSchema, fullKey, isAvailable } from '../../shared/settings/field';
import { ContractError } from '../../shared/contract';
import { worded } from '../i18n/translator';
import { settingProblemText } from './setting-problem';

export interface CatalogEntry {
  key: string;
  group: SettingGroup;
  field: SettingField;
}

/** Lookup and validation over a table of setting groups (global or per-account). */
export class SettingCatalog {
  private readonly entries = new Map<string, CatalogEntry>();

  constructor(groups: readonly SettingGroup[]) {
    for (const group of groups) {
      for (const field of group.fields) {
        const key = fullKey(group, field);
        if (this.entries.has(key)) throw new Error(`Duplicate setting key ${key}`);
        this.entries.set(key, { key, group, field });
      }
    }
  }

  get(key: string): CatalogEntry | undefined {
    return this.entries.get(key);
  }

  all(): CatalogEntry[] {
    return [...this.entries.values()];
  }

  isSecret(key: string): boolean {
    return this.entries.get(key)?.field.kind === 'secret';
  }

  defaults(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const { key, field } of this.entries.values()) {
      if (field.kind !== 'secret') values[key] = structuredClone(field.default);
    }
    return values;
  }

  /** The validated value, or a VALIDATION error that names the field by its label. */
  validate(key: string, value: unknown): unknown {
    const entry = this.entries.get(key);
    if (!entry) {
      const { text, english } = worded('settings.noSuchSetting', { key });
      throw new ContractError('NOT_FOUND', english, key, text);
    }
    const parsed = fieldSchema(entry.field).safeParse(value);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'is not valid';
      throw new ContractError(
        'VALIDATION',
        `${settingLabel('en', entry.field)} ${reason}.`,
        key,
        settingProblemText(key, reason),
      );
    }
    return parsed.data;
  }

  /**
   * A user may not change a setting that has no effect (not implemented yet, or one a WebRTC phone cannot
   * honour): the UI shows it disabled, and a request that changes it anyway is refused. Keeping the value
   * it has is allowed, so a form that sends every field back still saves.
   */
  assertChangeable(key: string, value: unknown, current: unknown): void {
    const entry = this.entries.get(key);
    if (entry === undefined || isAvailable(entry.field) || isDeepStrictEqual(value, current)) return;
    throw new ContractError(
      'VALIDATION',
      `${settingLabel('en', entry.field)} is not available yet and cannot be changed.`,
      key,
      { key: 'settings.notAvailable' },
    );
  }
}
