import { useState } from 'react';
import { parseTermsCsv, termsToCsv, type CsvImport } from '../../utils/terms/csv';
import type { TermEntry } from '../../utils/terms/schema';
import { t } from '../../utils/i18n/t';
import { describeCsvError } from './csv-problems';

interface Props {
  terms: TermEntry[];
  /** Adds the confirmed entries to the list being edited (saved with the settings). */
  onImport: (entries: TermEntry[]) => void;
}

const PREVIEW_ROWS = 20;

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** CSV in and out: an import is read and shown first (entries and bad lines); nothing is added until confirmed. */
export function TermsCsv({ terms, onImport }: Props) {
  const [preview, setPreview] = useState<(CsvImport & { fileName: string }) | undefined>();
  return (
    <div className="terms-csv">
      <div className="actions">
        <label className="button small">
          {t('termsCsvImport')}
          <input
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void file.text().then((text) => setPreview({ ...parseTermsCsv(text), fileName: file.name }));
            }}
          />
        </label>
        <button type="button" className="small" disabled={terms.length === 0} onClick={() => download(termsToCsv(terms), 'parley-terms.csv')}>
          {t('termsCsvExport')}
        </button>
      </div>
      {preview && (
        <div className="terms-preview" role="region" aria-label={t('termsCsvPreview', preview.fileName)}>
          <p>{t('termsCsvSummary', [preview.entries.length, preview.errors.length])}</p>
          {preview.errors.length > 0 && (
            <ul className="notice error" data-testid="csv-errors">
              {preview.errors.map((error) => (
                <li key={`${error.line}-${error.problem}`}>{describeCsvError(error)}</li>
              ))}
            </ul>
          )}
          {preview.entries.length > 0 && (
            <ul className="muted" data-testid="csv-preview">
              {preview.entries.slice(0, PREVIEW_ROWS).map((entry, index) => (
                <li key={index}>{entry.keep ? t('termsPreviewKept', entry.source) : `${entry.source} → ${entry.target}`}</li>
              ))}
              {preview.entries.length > PREVIEW_ROWS && <li>{t('termsCsvMore', preview.entries.length - PREVIEW_ROWS)}</li>}
            </ul>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary small"
              disabled={preview.entries.length === 0}
              onClick={() => {
                onImport(preview.entries);
                setPreview(undefined);
              }}
            >
              {t('termsCsvConfirm', preview.entries.length)}
            </button>
            <button type="button" className="small" onClick={() => setPreview(undefined)}>
              {t('commonCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
