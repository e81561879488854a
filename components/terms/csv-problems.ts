import type { CsvError } from '../../utils/terms/csv';
import { t } from '../../utils/i18n/t';

/** A bad CSV line in the user's words: its number and what to fix. */
export function describeCsvError(error: CsvError): string {
  const value = error.value ?? '';
  const problem = {
    'no-header': () => t('termsCsvNoHeader'),
    'unknown-column': () => t('termsCsvUnknownColumn', value),
    'unclosed-quote': () => t('termsCsvUnclosedQuote'),
    'too-many-fields': () => t('termsCsvTooManyFields'),
    'empty-source': () => t('termsCsvEmptySource'),
    'too-long': () => t('termsCsvTooLong'),
    'no-target': () => t('termsCsvNoTarget', value),
    'bad-flag': () => t('termsCsvBadFlag', value),
    'bad-language': () => t('termsCsvBadLanguage', value),
  }[error.problem]();
  return t('termsCsvLine', [error.line, problem]);
}
