import { useId } from 'react';
import type { HeaderEdit } from '../../utils/settings/headers';
import { t } from '../../utils/i18n/t';

/** One header as the form edits it: a saved value is never sent to the page, only replaced. */
export interface HeaderRow {
  name: string;
  value: string;
  saved: boolean;
}

export function rowsFromNames(names: string[]): HeaderRow[] {
  return names.map((name) => ({ name, value: '', saved: true }));
}

/** What the background needs to save the rows: an untouched saved value travels as "keep". */
export function rowsToEdits(rows: HeaderRow[]): HeaderEdit[] {
  return rows
    .filter((row) => row.name.trim() !== '')
    .map((row) => ({ name: row.name.trim(), value: row.value === '' && row.saved ? undefined : row.value }));
}

interface Props {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
  locked: boolean;
  /** Headers the organisation adds (names only). */
  managedNames: string[];
}

/** Extra request headers for gateways (OpenRouter's HTTP-Referer and X-Title, a gateway's key header). */
export function HeadersField({ rows, onChange, locked, managedNames }: Props) {
  const id = useId();
  const update = (index: number, patch: Partial<HeaderRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field headers" aria-describedby={`${id}-hint`}>
      <legend>{t('optionsHeadersHeading')}</legend>
      <p id={`${id}-hint`} className="muted hint">
        {t('optionsHeadersHint')}
      </p>
      {managedNames.length > 0 && <p className="hint org-badge">{t('managedHeadersFromOrg', managedNames.join(', '))}</p>}
      {locked ? (
        <p className="hint org-badge locked">{t('managedSetByOrg')}</p>
      ) : (
        <>
          {rows.map((row, index) => (
            <div className="row" key={index}>
              <input
                aria-label={t('optionsHeaderName')}
                name={`header-name-${index}`}
                spellCheck={false}
                autoComplete="off"
                value={row.name}
                onChange={(event) => update(index, { name: event.target.value })}
              />
              <input
                aria-label={t('optionsHeaderValue')}
                name={`header-value-${index}`}
                type="password"
                spellCheck={false}
                autoComplete="off"
                placeholder={row.saved ? t('optionsApiKeySavedPlaceholder') : ''}
                value={row.value}
                onChange={(event) => update(index, { value: event.target.value })}
              />
              <button type="button" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                {t('optionsHeaderRemove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange([...rows, { name: '', value: '', saved: false }])}>
            {t('optionsHeaderAdd')}
          </button>
        </>
      )}
    </fieldset>
  );
}
