import { useId, useState, type KeyboardEvent } from 'react';
import { t } from '../../utils/i18n/t';
import { LANGUAGES, type LanguageCode } from '../../utils/languages/languages';
import { searchLanguages } from '../../utils/languages/search';

interface Props {
  id?: string;
  label: string;
  value: LanguageCode;
  onChange: (code: LanguageCode) => void;
}

function optionText(language: (typeof LANGUAGES)[number]): string {
  return language.native === language.english ? language.native : `${language.native} — ${language.english}`;
}

/**
 * Languages by the name their speakers use, with the English name to help find one, and a search
 * box before the list: typing narrows it (native or English name, or code), Enter picks the first
 * match, Down arrow moves to the list. The list stays a native select, which every screen reader knows.
 */
export function LanguageSelect({ id, label, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const generatedId = useId();
  const selectId = id ?? `language-select-${generatedId}`;
  const matches = searchLanguages(query);
  // The chosen language stays listed, or the select would show a value that is not among its options.
  const shown = matches.some((language) => language.code === value) ? matches : [...LANGUAGES.filter((language) => language.code === value), ...matches];
  const first = matches[0];

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter picks; it must not submit the settings form around the picker.
      event.preventDefault();
      if (first) onChange(first.code);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.getElementById(selectId)?.focus();
    } else if (event.key === 'Escape' && query) {
      // The first Esc empties the search; only the next one closes the panel around it.
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <span className="language-select">
      <input
        type="search"
        className="language-search"
        aria-label={t('languageSearchLabel')}
        aria-controls={selectId}
        placeholder={t('languageSearchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKey}
      />
      <select id={selectId} aria-label={label} value={value} onChange={(event) => onChange(event.target.value as LanguageCode)}>
        {shown.map((language) => (
          <option key={language.code} value={language.code}>
            {optionText(language)}
          </option>
        ))}
      </select>
      {!first && (
        <span className="language-search-empty" role="status">
          {t('languageSearchNoMatch', query.trim())}
        </span>
      )}
    </span>
  );
}
