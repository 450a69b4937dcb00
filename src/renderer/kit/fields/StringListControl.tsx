import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StringListField } from '../../../shared/settings/field';
import { settingLabel } from '../../../shared/i18n/setting-texts';
import { CrossIcon, PlusIcon } from '../../ui/icons';
import type { ControlProps } from './control-props';
import { useListFocus } from './list-focus';

/** A free list of strings (e.g. voicemail numbers): remove entries, add one at a time. */
export function StringListControl(props: ControlProps<StringListField>) {
  const { field, ids, testId, value, language, disabled, describedBy, onCommit } = props;
  const { t } = useTranslation();
  const list = Array.isArray(value) ? value : [];
  const { container, focusAfterChange } = useListFocus<HTMLDivElement>(list);
  const [entry, setEntry] = useState('');
  const fieldLabel = settingLabel(language, field);
  const full = list.length >= field.maxItems;

  const add = async () => {
    const text = entry.trim();
    if (text === '') return;
    focusAfterChange('new-entry');
    if (await onCommit([...list, text])) setEntry('');
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
        <ul className="list-control__items">
          {list.map((item, index) => (
            <li key={`${index}-${item}`} className="list-control__item">
              <span className="list-control__label">{item}</span>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={t('list.remove', { item })}
                title={t('list.remove', { item })}
                disabled={disabled}
                onClick={() => {
                  focusAfterChange('new-entry');
                  void onCommit(list.filter((_, other) => other !== index));
                }}
              >
                <CrossIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="list-control__add">
        <input
          type="text"
          className="input"
          aria-label={t('list.newEntry', { field: fieldLabel })}
          data-focus-key="new-entry"
          value={entry}
          disabled={disabled || full}
          autoComplete="off"
          onChange={(event) => setEntry(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void add();
          }}
        />
        <button
          type="button"
          className="button"
          disabled={disabled || full || entry.trim() === ''}
          onClick={() => void add()}
        >
          <PlusIcon />
          {t('list.add')}
        </button>
      </div>
    </div>
  );
}
