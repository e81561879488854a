import { t } from '../../utils/i18n/t';
import type { Settings } from '../../utils/settings/schema';

type Theme = Settings['ui']['theme'];
const THEMES: ReadonlyArray<{ value: Theme; label: () => string }> = [
  { value: 'system', label: () => t('appearanceThemeSystem') },
  { value: 'light', label: () => t('appearanceThemeLight') },
  { value: 'dark', label: () => t('appearanceThemeDark') },
];

function isTheme(value: string): value is Theme {
  return THEMES.some((theme) => theme.value === value);
}

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
}

/** Light, dark, or whatever the system says; Parley's pages and its in-page bubble and panel follow it once saved. */
export function AppearanceSection({ draft, setDraft }: Props) {
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('appearanceHeading')}</h2>
      <div className="field">
        <label htmlFor="appearance-theme">{t('appearanceThemeLabel')}</label>
        <select
          id="appearance-theme"
          value={draft.ui.theme}
          onChange={(event) => {
            if (isTheme(event.target.value)) setDraft({ ...draft, ui: { ...draft.ui, theme: event.target.value } });
          }}
        >
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label()}
            </option>
          ))}
        </select>
        <p className="hint muted">{t('appearanceThemeHint')}</p>
      </div>
    </section>
  );
}
