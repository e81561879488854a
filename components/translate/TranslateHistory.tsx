import { languageByCode } from '../../utils/languages/languages';
import type { HistoryEntry } from '../../utils/translate/messages';

/** The latest translations made on the current tab, newest first. */
export function TranslateHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="translate-history" aria-label="Recent translations on this tab">
      <h2>Recent on this tab</h2>
      <ol>
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.text.slice(0, 20)}`}>
            <p className="muted" dir="auto">
              {entry.text}
            </p>
            <p dir="auto">{entry.translation}</p>
            <p className="muted">
              {entry.sourceLanguage ? `${languageByCode(entry.sourceLanguage)?.english ?? entry.sourceLanguage} → ` : ''}
              {languageByCode(entry.targetLanguage)?.english}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
