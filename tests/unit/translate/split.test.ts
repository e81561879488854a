import { describe, expect, it } from 'vitest';
import { normaliseText, splitIntoChunks } from '../../../utils/translate/split';

const paragraph = (label: string, length: number) => `${label} ${'mot '.repeat(Math.ceil(length / 4))}`.slice(0, length).trim() + '.';

describe('normaliseText', () => {
  it('unifies line endings, non-breaking and trailing spaces, and runs of blank lines, but keeps indentation', () => {
    expect(normaliseText('  Prix\u00a0: 12 €  \r\n\r\n\r\n\r\n    code()\n')).toBe('Prix : 12 €\n\n    code()');
  });
});

describe('splitIntoChunks', () => {
  it('keeps a short selection whole', () => {
    expect(splitIntoChunks('Bonjour à tous.\nÀ demain.')).toEqual([{ text: 'Bonjour à tous.\nÀ demain.', joinBefore: '' }]);
  });

  it('groups paragraphs in order up to the size, joined by paragraph breaks', () => {
    const text = [paragraph('un', 600), paragraph('deux', 600), paragraph('trois', 600)].join('\n\n');
    const chunks = splitIntoChunks(text, 1_500);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.text.startsWith('un')).toBe(true);
    expect(chunks[0]?.text).toContain('\n\ndeux');
    expect(chunks[1]).toEqual({ text: paragraph('trois', 600), joinBefore: '\n\n' });
  });

  it('splits a paragraph longer than the size at sentence ends, joined by spaces', () => {
    const sentence = 'Cette phrase est assez longue pour compter. ';
    const chunks = splitIntoChunks(sentence.repeat(10).trim(), 200);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.text.length <= 200)).toBe(true);
    expect(chunks.slice(1).every((chunk) => chunk.joinBefore === ' ')).toBe(true);
    expect(chunks.every((chunk) => chunk.text.endsWith('compter.'))).toBe(true);
  });

  it('cuts a sentence with no end inside the size', () => {
    const chunks = splitIntoChunks('长'.repeat(450), 200);
    expect(chunks.map((chunk) => chunk.text.length)).toEqual([200, 200, 50]);
  });

  it('returns nothing for whitespace', () => {
    expect(splitIntoChunks(' \n\n \t ')).toEqual([]);
  });
});
