import { LANGUAGE_CODES, type LanguageCode } from '../languages/languages';
import { MAX_TERM_CHARS, type TermEntry } from './schema';

/**
 * The terms list as CSV (RFC 4180, UTF-8, header row), so it can be kept in a spreadsheet.
 * Parsed by hand rather than with a CSV library: the import must name the line of each bad
 * record, and a quoted field may span lines, so the parser has to count them itself.
 */
export const CSV_COLUMNS = ['source', 'target', 'keep', 'case_sensitive', 'source_language', 'target_language'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export type CsvProblem =
  | 'no-header'
  | 'unknown-column'
  | 'unclosed-quote'
  | 'too-many-fields'
  | 'empty-source'
  | 'too-long'
  | 'no-target'
  | 'bad-flag'
  | 'bad-language';

export interface CsvError {
  /** 1-based line where the bad record starts in the file. */
  line: number;
  problem: CsvProblem;
  /** The offending value, when there is one to show. */
  value?: string;
}

export interface CsvImport {
  entries: TermEntry[];
  errors: CsvError[];
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits text into records; an unclosed quote ends the file with an error at its record's line. */
function readRecords(text: string): { records: CsvRecord[]; unclosedAt?: number } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += char;
  }
  if (quoted) return { records, unclosedAt: recordLine };
  if (field !== '' || fields.length > 0) records.push({ line: recordLine, fields: [...fields, field] });
  return { records };
}

const TRUE_WORDS = new Set(['yes', 'true', '1', 'y', 'x']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'n', '']);

function flag(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

function language(value: string): LanguageCode | null | undefined {
  const code = value.trim();
  if (!code || code === '*') return null;
  return LANGUAGE_CODES.find((known) => known.toLowerCase() === code.toLowerCase());
}

function entryFrom(record: CsvRecord, columns: Column[]): TermEntry | CsvError {
  const { line, fields } = record;
  if (fields.length > columns.length) return { line, problem: 'too-many-fields' };
  const get = (column: Column) => {
    const at = columns.indexOf(column);
    return at < 0 ? '' : (fields[at] ?? '');
  };
  const source = get('source').trim();
  const target = get('target').trim();
  if (!source) return { line, problem: 'empty-source' };
  if (source.length > MAX_TERM_CHARS || target.length > MAX_TERM_CHARS) return { line, problem: 'too-long' };
  const keep = flag(get('keep'));
  const caseSensitive = flag(get('case_sensitive'));
  if (keep === undefined) return { line, problem: 'bad-flag', value: get('keep') };
  if (caseSensitive === undefined) return { line, problem: 'bad-flag', value: get('case_sensitive') };
  if (!keep && !target) return { line, problem: 'no-target', value: source };
  const sourceLanguage = language(get('source_language'));
  const targetLanguage = language(get('target_language'));
  if (sourceLanguage === undefined) return { line, problem: 'bad-language', value: get('source_language') };
  if (targetLanguage === undefined) return { line, problem: 'bad-language', value: get('target_language') };
  return { source, target: keep ? '' : target, keep, caseSensitive, sourceLanguage, targetLanguage };
}

/** Reads a CSV file's text: the entries it holds and one error per bad line; nothing is saved here. */
export function parseTermsCsv(text: string): CsvImport {
  const { records, unclosedAt } = readRecords(text.replace(/^\uFEFF/, ''));
  const nonEmpty = records.filter((record) => record.fields.some((field) => field.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  const errors: CsvError[] = [];
  if (!header) return { entries: [], errors: [{ line: 1, problem: 'no-header' }] };
  const names = header.fields.map((name) => name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const unknown = names.find((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined || !names.includes('source')) {
    return { entries: [], errors: [{ line: header.line, problem: unknown !== undefined ? 'unknown-column' : 'no-header', value: unknown }] };
  }
  const entries: TermEntry[] = [];
  for (const row of rows) {
    const result = entryFrom(row, names as Column[]);
    if ('problem' in result) errors.push(result);
    else entries.push(result);
  }
  if (unclosedAt !== undefined) errors.push({ line: unclosedAt, problem: 'unclosed-quote' });
  return { entries, errors };
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The list as CSV with a header row; a BOM so spreadsheet programs read it as UTF-8. */
export function termsToCsv(entries: readonly TermEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.source, entry.target, entry.keep ? 'yes' : 'no', entry.caseSensitive ? 'yes' : 'no', entry.sourceLanguage ?? '', entry.targetLanguage ?? ''].map(csvField).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
