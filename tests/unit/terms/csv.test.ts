import { describe, expect, it } from 'vitest';
import { parseTermsCsv, termsToCsv } from '../../../utils/terms/csv';
import type { TermEntry } from '../../../utils/terms/schema';

const entries: TermEntry[] = [
  { source: 'Smith, Jones & Co.', target: 'Smith, Jones & Co.', keep: false, caseSensitive: true, sourceLanguage: 'en', targetLanguage: 'de' },
  { source: 'the "cloud"', target: 'die „Cloud“', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: 'de' },
  { source: 'Parley', target: '', keep: true, caseSensitive: true, sourceLanguage: null, targetLanguage: null },
  { source: 'line one\nline two', target: 'Zeile eins\nZeile zwei', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null },
  { source: '东京', target: 'Tokyo', keep: false, caseSensitive: false, sourceLanguage: 'zh-CN', targetLanguage: 'en' },
];

describe('terms as CSV', () => {
  it('round-trips commas, quotes, line breaks in fields and non-Latin text', () => {
    const csv = termsToCsv(entries);
    expect(csv.startsWith('\uFEFFsource,target,keep,case_sensitive,source_language,target_language\r\n')).toBe(true);
    expect(parseTermsCsv(csv)).toEqual({ entries, errors: [] });
  });

  it('reads a spreadsheet export with columns in another order and only some of them', () => {
    const csv = 'Target,Source\nECB,BCE\n"Fed, the",Fed\n';
    expect(parseTermsCsv(csv).entries).toEqual([
      { source: 'BCE', target: 'ECB', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null },
      { source: 'Fed', target: 'Fed, the', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null },
    ]);
  });

  it('reports each bad line by its number in the file, counting lines inside quoted fields', () => {
    const csv = [
      'source,target,keep,case_sensitive,source_language,target_language',
      'BCE,ECB,no,no,fr,en', // line 2: fine
      '"multi', // line 3: a record over two lines, fine
      'line",x,no,no,,',
      ',orphan,no,no,,', // line 5: no source
      'Bank,,no,no,,', // line 6: no translation and not kept
      'Figma,,maybe,no,,', // line 7: bad flag
      'Zug,train,no,no,xx,en', // line 8: unknown language
      'a,b,no,no,,,extra', // line 9: too many fields
      'Parley,,yes,yes,,', // line 10: fine
    ].join('\n');
    const result = parseTermsCsv(csv);
    expect(result.entries.map((entry) => entry.source)).toEqual(['BCE', 'multi\nline', 'Parley']);
    expect(result.errors).toEqual([
      { line: 5, problem: 'empty-source' },
      { line: 6, problem: 'no-target', value: 'Bank' },
      { line: 7, problem: 'bad-flag', value: 'maybe' },
      { line: 8, problem: 'bad-language', value: 'xx' },
      { line: 9, problem: 'too-many-fields' },
    ]);
  });

  it('reports a quote left open at the line where its record starts', () => {
    const result = parseTermsCsv('source,target\nBCE,ECB\n"Fed,the Fed\nmore\n');
    expect(result.entries.map((entry) => entry.source)).toEqual(['BCE']);
    expect(result.errors).toEqual([{ line: 3, problem: 'unclosed-quote' }]);
  });

  it('refuses a file without the header row', () => {
    expect(parseTermsCsv('BCE,ECB\n').errors).toEqual([{ line: 1, problem: 'unknown-column', value: 'bce' }]);
    expect(parseTermsCsv('').errors).toEqual([{ line: 1, problem: 'no-header' }]);
  });
});
