import type { TermEntry } from '../../utils/terms/schema';
import { MAX_TERM_CHARS } from '../../utils/terms/schema';
import { t } from '../../utils/i18n/t';
import { PairSelect } from './PairSelect';

interface Props {
  entry: TermEntry;
  onChange: (entry: TermEntry) => void;
  /** Absent for the row that adds a new entry. */
  onRemove?: () => void;
}

/** One entry of the terms list, edited in place: the term, its translation or "keep as is", case, pair. */
export function TermRow({ entry, onChange, onRemove }: Props) {
  return (
    <tr data-testid="term-row">
      <td>
        <input aria-label={t('termsSourceInput')} value={entry.source} maxLength={MAX_TERM_CHARS} onChange={(event) => onChange({ ...entry, source: event.target.value })} />
      </td>
      <td>
        <input
          aria-label={t('termsTargetInput')}
          value={entry.keep ? '' : entry.target}
          placeholder={entry.keep ? t('termsKeptPlaceholder') : ''}
          disabled={entry.keep}
          maxLength={MAX_TERM_CHARS}
          onChange={(event) => onChange({ ...entry, target: event.target.value })}
        />
      </td>
      <td>
        <input type="checkbox" aria-label={t('termsKeepAsIs')} checked={entry.keep} onChange={(event) => onChange({ ...entry, keep: event.target.checked, target: event.target.checked ? '' : entry.target })} />
      </td>
      <td>
        <input type="checkbox" aria-label={t('termsCaseSensitive')} checked={entry.caseSensitive} onChange={(event) => onChange({ ...entry, caseSensitive: event.target.checked })} />
      </td>
      <td>
        <PairSelect label={t('termsFromLanguage')} value={entry.sourceLanguage} onChange={(sourceLanguage) => onChange({ ...entry, sourceLanguage })} />
      </td>
      <td>
        <PairSelect label={t('termsToLanguage')} value={entry.targetLanguage} onChange={(targetLanguage) => onChange({ ...entry, targetLanguage })} />
      </td>
      <td>{onRemove && <button type="button" className="small" aria-label={t('termsRemoveEntry', entry.source)} onClick={onRemove}>×</button>}</td>
    </tr>
  );
}
