import { LANGUAGES, type LanguageCode } from '../../utils/languages/languages';

interface Props {
  id?: string;
  label: string;
  value: LanguageCode;
  onChange: (code: LanguageCode) => void;
}

/** Languages by the name their speakers use, with the English name to help find one. */
export function LanguageSelect({ id, label, value, onChange }: Props) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(event) => onChange(event.target.value as LanguageCode)}>
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code}>
          {language.native === language.english ? language.native : `${language.native} — ${language.english}`}
        </option>
      ))}
    </select>
  );
}
