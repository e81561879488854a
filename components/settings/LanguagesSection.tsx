import type { ManagedView } from '../../utils/managed/view';
import type { Settings } from '../../utils/settings/schema';
import { isLockedBy, OrgBadge } from './OrgBadge';
import { LanguageSelect } from '../ui/LanguageSelect';
import { t } from '../../utils/i18n/t';

interface Props {
  languages: Settings['languages'];
  onChange: (languages: Settings['languages']) => void;
  managed?: ManagedView;
}

export function LanguagesSection({ languages, onChange, managed }: Props) {
  const locked = isLockedBy(managed, 'languages');
  return (
    <section aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t('optionsLanguagesHeading')}</h2>
      <OrgBadge managed={managed} policyKey="languages" />
      <fieldset className="plain" disabled={locked}>
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
      </fieldset>
    </section>
  );
}
