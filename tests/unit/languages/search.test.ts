import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../utils/languages/languages';
import { searchLanguages } from '../../../utils/languages/search';

const codes = (query: string) => searchLanguages(query).map((language) => language.code);

describe('the language picker search', () => {
  it('offers at least 40 languages, each with a native name', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(40);
    expect(LANGUAGES.every((language) => language.native.length > 0)).toBe(true);
  });

  it('lists every language for an empty query', () => {
    expect(searchLanguages('  ')).toHaveLength(LANGUAGES.length);
  });

  it('finds a language by its English name, its native name or its code', () => {
    expect(codes('japanese')).toEqual(['ja']);
    expect(codes('日本')).toEqual(['ja']);
    expect(codes('pt-br')).toEqual(['pt-BR']);
  });

  it('ignores accents and case', () => {
    expect(codes('ESPANOL')).toEqual(['es']);
    expect(codes('cestina')).toEqual(['cs']);
  });

  it('finds nothing for a name no language has', () => {
    expect(codes('klingon')).toEqual([]);
  });
});
