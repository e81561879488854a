import { languageName } from '../../utils/builtin/pair';
import type { HistoryEntry } from '../../utils/translate/messages';
import { t } from '../../utils/i18n/t';

/** The latest translations made on the current tab, newest first. */
export function TranslateHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="translate-history" aria-label={t('translateHistoryLabel')}>
      <h2>{t('translateHistoryHeading')}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.text.slice(0, 20)}`}>
            <p className="muted" dir="auto">
              {entry.text}
            </p>
            <p dir="auto">{entry.translation}</p>
            <p className="muted">
              {entry.sourceLanguage ? `${languageName(entry.sourceLanguage)} → ` : ''}
              {languageName(entry.targetLanguage)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
