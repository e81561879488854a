import type { Settings } from '../../utils/settings/schema';
import { LanguageSelect } from '../ui/LanguageSelect';
import { t } from '../../utils/i18n/t';

interface Props {
  languages: Settings['languages'];
  onChange: (languages: Settings['languages']) => void;
}

export function LanguagesSection({ languages, onChange }: Props) {
  return (
    <section aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t('optionsLanguagesHeading')}</h2>
      <div className="field">
        <label htmlFor="language-mine">{t('optionsMyLanguage')}</label>
        <LanguageSelect id="language-mine" label={t('optionsMyLanguageShort')} value={languages.mine} onChange={(mine) => onChange({ ...languages, mine })} />
      </div>
      <div className="field">
        <label htmlFor="language-target">{t('optionsTranslateInto')}</label>
        <LanguageSelect id="language-target" label={t('optionsTranslateInto')} value={languages.target} onChange={(target) => onChange({ ...languages, target })} />
      </div>
      <div className="field">
        <label htmlFor="language-second">{t('optionsSecondLanguage')}</label>
        <LanguageSelect id="language-second" label={t('optionsSecondLanguageShort')} value={languages.second} onChange={(second) => onChange({ ...languages, second })} />
      </div>
    </section>
  );
}
