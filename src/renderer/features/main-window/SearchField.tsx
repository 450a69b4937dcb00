import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../ui/icons';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

/** The manual's "B. Search field": searches contacts or takes a number to dial. */
export function SearchField({ value, onChange, inputRef }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="search-field" role="search">
      <SearchIcon className="search-field__icon" />
      <input
        ref={inputRef}
        id="main-search"
        type="search"
        className="search-field__input"
        data-testid="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
