import { findOccurrences } from './match';

/**
 * A stand-in a translator carries through unchanged: no letters to translate, brackets that no
 * language's punctuation rules rewrite, a number to find the term again.
 */
const placeholder = (index: number) => `⟦${index}⟧`;
const PLACEHOLDER = /⟦\s*(\d+)\s*⟧/g;

export interface ProtectedText {
  text: string;
  /** Puts the original words back into the translation. */
  restore: (translated: string) => string;
}

/**
 * For a translator that takes no instructions (the browser's on-device Translator): each "keep
 * as is" term in the text becomes a placeholder before the call, and the text's own spelling of
 * it comes back after. Found as the prompt path finds terms: whole words, longest first.
 */
export function protectTerms(text: string, keep: readonly string[]): ProtectedText {
  const entries = keep.map((source) => ({ source, target: '', keep: true, caseSensitive: false, sourceLanguage: null, targetLanguage: null }));
  const found = findOccurrences(text, entries);
  if (found.length === 0) return { text, restore: (translated) => translated };
  const originals: string[] = [];
  let protectedText = '';
  let at = 0;
  for (const occurrence of found) {
    protectedText += text.slice(at, occurrence.start) + placeholder(originals.length);
    originals.push(text.slice(occurrence.start, occurrence.end));
    at = occurrence.end;
  }
  protectedText += text.slice(at);
  return {
    text: protectedText,
    restore: (translated) => translated.replace(PLACEHOLDER, (whole, index: string) => originals[Number(index)] ?? whole),
  };
}
