import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderedListField } from '../../../shared/settings/field';
import { optionLabel, settingLabel } from '../../../shared/i18n/setting-texts';
import { ArrowDownIcon, ArrowUpIcon, CrossIcon, PlusIcon } from '../../ui/icons';
import type { ControlProps } from './control-props';
import { useListFocus } from './list-focus';

function moved(list: readonly string[], index: number, by: -1 | 1): string[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

/** An ordered choice of options (e.g. codec priority): move up/down, remove, add from the rest. */
export function OrderedListControl(props: ControlProps<OrderedListField>) {
  const { field, ids, testId, value, language, disabled, describedBy, onCommit } = props;
  const { t } = useTranslation();
  const list = Array.isArray(value) ? value : [];
  const { container, focusAfterChange } = useListFocus<HTMLDivElement>(list);
  const labelOf = (optionValue: string) => {
    const option = field.options.find((candidate) => candidate.value === optionValue);
    return option === undefined ? optionValue : optionLabel(language, field, option);
  };
  const remaining = field.options.filter((option) => !list.includes(option.value));
  const [toAdd, setToAdd] = useState('');
  const chosen = remaining.some((option) => option.value === toAdd) ? toAdd : (remaining[0]?.value ?? '');

  const change = (next: string[], focusKey: string) => {
    focusAfterChange(focusKey);
    void onCommit(next);
  };

  return (
    <div
      ref={container}
      className="list-control"
      role="group"
      aria-labelledby={ids.label}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      {list.length === 0 ? (
        <p className="list-control__empty">{t('list.empty')}</p>
      ) : (
        <ol className="list-control__items">
          {list.map((item, index) => {
            const label = labelOf(item);
            return (
              <li key={item} className="list-control__item">
                <span className="list-control__rank" aria-hidden="true">
                  {index + 1}.
                </span>
                <span className="list-control__label">{label}</span>
                <button
                  type="button"
                  className="icon-button icon-button--small"
                  aria-label={t('list.moveUp', { item: label })}
                  title={t('list.moveUp', { item: label })}
                  data-focus-key={`up-${item}`}
                  disabled={disabled || index === 0}
                  onClick={() => change(moved(list, index, -1), index === 1 ? `down-${item}` : `up-${item}`)}
                >
                  <ArrowUpIcon />
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--small"
                  aria-label={t('list.moveDown', { item: label })}
                  title={t('list.moveDown', { item: label })}
                  data-focus-key={`down-${item}`}
                  disabled={disabled || index === list.length - 1}
                  onClick={() =>
                    change(moved(list, index, 1), index === list.length - 2 ? `up-${item}` : `down-${item}`)
                  }
                >
                  <ArrowDownIcon />
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--small"
                  aria-label={t('list.remove', { item: label })}
                  title={t('list.remove', { item: label })}
                  data-focus-key={`remove-${item}`}
                  disabled={disabled}
                  onClick={() =>
                    change(
                      list.filter((other) => other !== item),
                      'add-choice',
                    )
                  }
                >
                  <CrossIcon />
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {remaining.length > 0 && (
        <div className="list-control__add">
          <select
            className="select"
            aria-label={t('list.addChoice', { field: settingLabel(language, field) })}
            data-focus-key="add-choice"
            value={chosen}
            disabled={disabled}
            onChange={(event) => setToAdd(event.target.value)}
          >
            {remaining.map((option) => (
              <option key={option.value} value={option.value}>
                {optionLabel(language, field, option)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => change([...list, chosen], `remove-${chosen}`)}
          >
            <PlusIcon />
            {t('list.add')}
          </button>
        </div>
      )}
    </div>
  );
}
