import { useState } from 'react';
import { mergeTerms } from '../../utils/terms/list';
import { MAX_TERMS, type TermEntry } from '../../utils/terms/schema';
import { t } from '../../utils/i18n/t';
import { TermRow } from './TermRow';
import { TermsCsv } from './TermsCsv';
import './terms.css';

const EMPTY: TermEntry = { source: '', target: '', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null };

interface Props {
  terms: TermEntry[];
  onChange: (terms: TermEntry[]) => void;
}

/** The terms list: a row to add an entry, the entries edited in place, CSV import and export. */
export function TermsSection({ terms, onChange }: Props) {
  const [adding, setAdding] = useState<TermEntry>(EMPTY);
  const canAdd = adding.source.trim() !== '' && (adding.keep || adding.target.trim() !== '') && terms.length < MAX_TERMS;
  const add = () => {
    if (!canAdd) return;
    onChange(mergeTerms(terms, [{ ...adding, source: adding.source.trim(), target: adding.keep ? '' : adding.target.trim() }]));
    setAdding(EMPTY);
  };
  return (
    <div className="terms" data-testid="terms">
      <h3>{t('termsHeading')}</h3>
      <p className="hint muted">{t('termsHint')}</p>
      <p className="hint muted">{t('termsOnDeviceNote')}</p>
      <table className="terms-table">
        <thead>
          <tr>
            <th>{t('termsSource')}</th>
            <th>{t('termsTarget')}</th>
            <th>{t('termsKeepAsIs')}</th>
            <th>{t('termsCaseSensitive')}</th>
            <th>{t('termsFromLanguage')}</th>
            <th>{t('termsToLanguage')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {terms.map((entry, index) => (
            <TermRow
              key={index}
              entry={entry}
              onChange={(changed) => onChange(terms.map((existing, at) => (at === index ? changed : existing)))}
              onRemove={() => onChange(terms.filter((_, at) => at !== index))}
            />
          ))}
        </tbody>
        <tfoot
          onKeyDown={(event) => {
            // Enter in the new row adds it; it must not submit the settings form around it.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        >
          <TermRow entry={adding} onChange={setAdding} />
        </tfoot>
      </table>
      <div className="actions">
        <button type="button" className="small" disabled={!canAdd} onClick={add}>
          {t('termsAddEntry')}
        </button>
        <span className="muted">{t('termsCount', [terms.length, MAX_TERMS])}</span>
      </div>
      <TermsCsv terms={terms} onImport={(entries) => onChange(mergeTerms(terms, entries).slice(0, MAX_TERMS))} />
    </div>
  );
}
