import { LANGUAGES, type LanguageCode } from '../../utils/languages/languages';
import { t } from '../../utils/i18n/t';

interface Props {
  label: string;
  value: LanguageCode | null;
  onChange: (code: LanguageCode | null) => void;
}

/** One side of a term's optional language pair: "any language" or one of Parley's languages. */
export function PairSelect({ label, value, onChange }: Props) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(LANGUAGES.find((language) => language.code === event.target.value)?.code ?? null)}>
      <option value="">{t('termsAnyLanguage')}</option>
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code}>
          {language.native}
        </option>
      ))}
    </select>
  );
}
