import { languageByCode } from '../../utils/languages/languages';
import { FORMALITY_LANGUAGES, FormalitySchema, type FormalitySettings } from '../../utils/wording/formality';
import { t } from '../../utils/i18n/t';

interface Props {
  formality: FormalitySettings;
  onChange: (formality: FormalitySettings) => void;
}

/** Formal, informal or automatic, for each language whose grammar makes the choice. */
export function FormalityFields({ formality, onChange }: Props) {
  return (
    <div className="formality">
      <h3>{t('formalityHeading')}</h3>
      <p className="hint muted">{t('formalityHint')}</p>
      <div className="formality-grid">
        {FORMALITY_LANGUAGES.map((code) => (
          <label key={code}>
            <span>{languageByCode(code)?.native ?? code}</span>
            <select
              value={formality[code]}
              onChange={(event) => {
                const parsed = FormalitySchema.safeParse(event.target.value);
                if (parsed.success) onChange({ ...formality, [code]: parsed.data });
              }}
            >
              <option value="auto">{t('formalityAuto')}</option>
              <option value="formal">{t('formalityFormal')}</option>
              <option value="informal">{t('formalityInformal')}</option>
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
