import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../../utils/languages/languages';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

interface Props {
  value: LanguageCode | undefined;
  onChange: (code: LanguageCode) => void;
  disabled?: boolean;
}

function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The bubble's target picker: switching it translates again, so only the user's own change counts. */
export function TargetSelect({ value, onChange, disabled }: Props) {
  return (
    <select
      aria-label={t('optionsTranslateInto')}
      value={value ?? ''}
      disabled={disabled}
      onChange={trusted((event) => {
        const code = (event.target as HTMLSelectElement).value;
        if (isLanguageCode(code)) onChange(code);
      })}
    >
      {value === undefined && <option value="">…</option>}
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code}>
          {language.native === language.english ? language.native : `${language.native} (${language.english})`}
        </option>
      ))}
    </select>
  );
}
