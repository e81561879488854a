import type { TermEntry } from './schema';

function sameTerm(a: TermEntry, b: TermEntry): boolean {
  const sameSource = a.caseSensitive || b.caseSensitive ? a.source === b.source : a.source.toLowerCase() === b.source.toLowerCase();
  return sameSource && a.sourceLanguage === b.sourceLanguage && a.targetLanguage === b.targetLanguage;
}

/** Adds entries; one for the same term and pair replaces the old one in place (the newer word wins). */
export function mergeTerms(list: readonly TermEntry[], added: readonly TermEntry[]): TermEntry[] {
  const result = [...list];
  for (const entry of added) {
    const at = result.findIndex((existing) => sameTerm(existing, entry));
    if (at >= 0) result[at] = entry;
    else result.push(entry);
  }
  return result;
}
