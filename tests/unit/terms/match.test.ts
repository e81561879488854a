import { describe, expect, it } from 'vitest';
import { matchTerms } from '../../../utils/terms/match';
import type { TermEntry } from '../../../utils/terms/schema';
import { termsFor } from '../../../utils/terms/terms-for';

function term(source: string, target: string, extra: Partial<TermEntry> = {}): TermEntry {
  return { source, target, keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null, ...extra };
}

const toEnglish = { source: 'fr', target: 'en' };
const sources = (entries: TermEntry[]) => entries.map((entry) => entry.source);

describe('matching terms in a text', () => {
  it('finds a term whatever its case unless the entry is case-sensitive', () => {
    const text = 'La bce a relevé ses taux ; la BCE reste prudente.';
    expect(sources(matchTerms(text, [term('BCE', 'ECB')], toEnglish))).toEqual(['BCE']);
    expect(sources(matchTerms('La bce a relevé ses taux.', [term('BCE', 'ECB', { caseSensitive: true })], toEnglish))).toEqual([]);
    expect(sources(matchTerms('La BCE a relevé ses taux.', [term('BCE', 'ECB', { caseSensitive: true })], toEnglish))).toEqual(['BCE']);
  });

  it('matches whole words only in spaced scripts', () => {
    const entries = [term('cat', 'Katze'), term('Bug', 'Fehler')];
    expect(matchTerms('The category lists debugging tools.', entries, { source: 'en', target: 'de' })).toEqual([]);
    expect(sources(matchTerms('A cat, a bug.', entries, { source: 'en', target: 'de' }))).toEqual(['cat', 'Bug']);
    // Accented letters are letters: "né" does not occur in "année".
    expect(matchTerms('Une année record.', [term('né', 'born')], toEnglish)).toEqual([]);
  });

  it('finds terms inside Chinese, Japanese and Thai text, where words have no spaces', () => {
    expect(sources(matchTerms('我在东京都工作。', [term('东京', 'Tokyo')], { source: 'zh-CN', target: 'en' }))).toEqual(['东京']);
    expect(sources(matchTerms('新しいスマホを買いました。', [term('スマホ', 'smartphone')], { source: 'ja', target: 'en' }))).toEqual(['スマホ']);
    expect(sources(matchTerms('ฉันชอบกินข้าวมันไก่มาก', [term('ข้าวมันไก่', 'Hainanese chicken rice')], { source: 'th', target: 'en' }))).toEqual(['ข้าวมันไก่']);
    // A Latin term inside Chinese text still counts: its neighbours are Han, not Latin letters.
    expect(sources(matchTerms('使用GPU加速渲染', [term('GPU', 'GPU', { keep: true })], { source: 'zh-CN', target: 'en' }))).toEqual(['GPU']);
  });

  it('lets the longest of overlapping terms win, and still counts the shorter one where it stands alone', () => {
    const entries = [term('New York', 'Nueva York'), term('New York Times', 'New York Times', { keep: true }), term('York', 'York')];
    const pair = { source: 'en', target: 'es' };
    expect(sources(matchTerms('The New York Times reported it.', entries, pair))).toEqual(['New York Times']);
    expect(sources(matchTerms('The New York Times opened an office in New York.', entries, pair))).toEqual(['New York Times', 'New York']);
  });

  it('matches a term across a line break in the text', () => {
    expect(sources(matchTerms('Le conseil\nd’administration', [term('conseil d’administration', 'board')], toEnglish))).toEqual(['conseil d’administration']);
  });

  it('treats the characters of a term literally', () => {
    expect(sources(matchTerms('Written in C++ and C#.', [term('C++', 'C++', { keep: true }), term('C#', 'C#', { keep: true })], { source: 'en', target: 'fr' }))).toEqual(['C++', 'C#']);
    expect(matchTerms('Written in Cxx.', [term('C.x', 'no')], { source: 'en', target: 'fr' })).toEqual([]);
  });

  it('uses an entry only for the language pair it names', () => {
    const entries = [term('Bank', 'banque', { sourceLanguage: 'de', targetLanguage: 'fr' }), term('Bank', 'banco', { targetLanguage: 'es' })];
    expect(matchTerms('Die Bank schließt.', entries, { source: 'de', target: 'fr' }).map((entry) => entry.target)).toEqual(['banque']);
    expect(matchTerms('Die Bank schließt.', entries, { source: 'de', target: 'es' }).map((entry) => entry.target)).toEqual(['banco']);
    expect(matchTerms('Die Bank schließt.', entries, { source: 'de', target: 'en' })).toEqual([]);
  });

  it('sends only the entries of a long list that occur in the text', () => {
    const list = Array.from({ length: 200 }, (_, index) => term(`Produkt${index}`, `Product${index}`));
    const found = termsFor('Produkt7 ersetzt Produkt42; Produkt199 folgt.', { source: 'de', target: 'en' }, { terms: list });
    expect(sources(found)).toEqual(['Produkt7', 'Produkt42', 'Produkt199']);
  });
});
