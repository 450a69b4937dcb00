import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../ui/icons';
import type { DialErrorText } from '../calls';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter dials what was typed. */
  onEnter: () => void;
  /** Arrow down moves into the contact hits. */
  onArrowDown?: () => void;
  /** Why the last dial was refused, shown under the field. */
  error: DialErrorText | undefined;
  inputRef: Ref<HTMLInputElement>;
}

/** The manual's "B. Search field": searches contacts or takes a number to dial. */
export function SearchField({ value, onChange, onEnter, onArrowDown, error, inputRef }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="search-block">
      <div className="search-field" role="search">
        <SearchIcon className="search-field__icon" />
        <input
          ref={inputRef}
          id="main-search"
          type="search"
          className="search-field__input"
          data-testid="search-input"
          aria-label={t('search.label')}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : 'dial-error'}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && onArrowDown !== undefined) {
              event.preventDefault();
              onArrowDown();
              return;
            }
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            onEnter();
          }}
        />
      </div>
      {error !== undefined && (
        <p id="dial-error" className="dial-error" data-testid="dial-error">
          <span>{error.text}</span>
          {error.detail !== undefined && (
            <span className="dial-error__detail" lang="en">
              {error.detail}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
