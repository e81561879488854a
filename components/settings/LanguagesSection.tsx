import type { Settings } from '../../utils/settings/schema';
import { LanguageSelect } from '../ui/LanguageSelect';

interface Props {
  languages: Settings['languages'];
  onChange: (languages: Settings['languages']) => void;
}

export function LanguagesSection({ languages, onChange }: Props) {
  return (
    <section aria-labelledby="languages-heading">
      <h2 id="languages-heading">Languages</h2>
      <div className="field">
        <label htmlFor="language-mine">My language (explanations and reply glosses)</label>
        <LanguageSelect id="language-mine" label="My language" value={languages.mine} onChange={(mine) => onChange({ ...languages, mine })} />
      </div>
      <div className="field">
        <label htmlFor="language-target">Translate into</label>
        <LanguageSelect id="language-target" label="Translate into" value={languages.target} onChange={(target) => onChange({ ...languages, target })} />
      </div>
      <div className="field">
        <label htmlFor="language-second">When the text already is in that language, translate into</label>
        <LanguageSelect id="language-second" label="Second language" value={languages.second} onChange={(second) => onChange({ ...languages, second })} />
      </div>
    </section>
  );
}
