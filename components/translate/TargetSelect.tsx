import { useEffect, useState } from 'react';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../../utils/languages/languages';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';
import { afterNextPaint } from '../ui/after-first-paint';

interface Props {
  value: LanguageCode | undefined;
  onChange: (code: LanguageCode) => void;
  disabled?: boolean;
}

function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * The in-page target picker: switching it translates again, so only the user's own change counts.
 * It opens holding the chosen language alone and gets the others once the panel is painted, or at
 * once when the user reaches for it first.
 */
export function TargetSelect({ value, onChange, disabled }: Props) {
  const [allOptions, setAllOptions] = useState(false);
  useEffect(() => {
    // Its options cost most of the bubble's first style and layout (~2 of ~2.5 ms), while the
    // first words of a translation may be arriving: they come once the bubble is painted.
    if (allOptions) return;
    let mounted = true;
    void afterNextPaint().then(() => mounted && setAllOptions(true));
    return () => {
      mounted = false;
    };
  }, [allOptions]);
  const shown = allOptions ? LANGUAGES : LANGUAGES.filter((language) => language.code === value);
  const showAll = () => setAllOptions(true);
  return (
    <select
      aria-label={t('optionsTranslateInto')}
      value={value ?? ''}
      disabled={disabled}
      onFocus={showAll}
      onPointerDown={showAll}
      onChange={trusted((event) => {
        const code = (event.target as HTMLSelectElement).value;
        if (isLanguageCode(code)) onChange(code);
      })}
    >
      {value === undefined && <option value="">…</option>}
      {shown.map((language) => (
        <option key={language.code} value={language.code}>
          {language.native === language.english ? language.native : `${language.native} (${language.english})`}
        </option>
      ))}
    </select>
  );
}
