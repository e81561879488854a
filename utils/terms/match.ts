import type { LanguagePair, TermEntry } from './schema';

/**
 * Scripts written without spaces between words: a term is found anywhere in the text there
 * ("东京" inside "东京都"), while in spaced scripts "cat" must not match inside "category".
 */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`;
const UNSPACED_CHAR = new RegExp(`[${UNSPACED}]`, 'u');
/** A word character of a spaced script: next to one, a term is part of a longer word. */
const WORD_CHAR = String.raw`[[\p{L}\p{M}\p{N}_]--[${UNSPACED}]]`;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function termPattern(entry: TermEntry): RegExp {
  const first = entry.source[0] ?? '';
  const last = entry.source.at(-1) ?? '';
  // A boundary is only asked for on a side that ends in a spaced script's letter.
  const before = UNSPACED_CHAR.test(first) ? '' : `(?<!${WORD_CHAR})`;
  const after = UNSPACED_CHAR.test(last) ? '' : `(?!${WORD_CHAR})`;
  // Any run of spaces in the term matches any run of white space in the text (a line break in a paragraph).
  const body = entry.source.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(`${before}${body}${after}`, entry.caseSensitive ? 'gv' : 'giv');
}

/** Whether an entry is meant for this pair: a language it names must be the pair's. */
export function appliesToPair(entry: TermEntry, pair: LanguagePair): boolean {
  if (entry.targetLanguage && entry.targetLanguage !== pair.target) return false;
  // When detection could not tell the source, a source-specific entry may still apply: sent, not lost.
  if (entry.sourceLanguage && pair.source && entry.sourceLanguage !== pair.source) return false;
  return true;
}

export interface Occurrence {
  start: number;
  end: number;
  entry: TermEntry;
}

/** Compiled once per term: a list of hundreds of entries is checked on every translation. */
const patterns = new Map<string, RegExp>();

function patternOf(entry: TermEntry): RegExp {
  const key = `${entry.caseSensitive ? 'c' : 'i'}:${entry.source}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 5_000) patterns.clear();
    pattern = termPattern(entry);
    patterns.set(key, pattern);
  }
  return pattern;
}

function occurrencesOf(text: string, folded: string, entry: TermEntry): Occurrence[] {
  // A plain substring test first: most entries of a long list are not in the text at all.
  const firstWord = entry.source.split(/\s/, 1)[0] ?? entry.source;
  if (!(entry.caseSensitive ? text.includes(firstWord) : folded.includes(firstWord.toLowerCase()))) return [];
  return Array.from(text.matchAll(patternOf(entry)), (match) => ({ start: match.index, end: match.index + match[0].length, entry }));
}

/**
 * Where the entries occur, left to right, without overlaps: where two terms overlap ("New York"
 * inside "New York Times") the longer occurrence wins and the shorter is not counted there.
 */
export function findOccurrences(text: string, entries: readonly TermEntry[]): Occurrence[] {
  const folded = text.toLowerCase();
  const all = entries.flatMap((entry) => occurrencesOf(text, folded, entry));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Occurrence[] = [];
  for (const candidate of all) {
    if (taken.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The entries that occur in the text for this pair, in the order they first appear. The longest
 * of overlapping terms wins; the shorter still counts where it occurs alone.
 */
export function matchTerms(text: string, entries: readonly TermEntry[], pair: LanguagePair): TermEntry[] {
  const applicable = entries.filter((entry) => appliesToPair(entry, pair));
  return [...new Set(findOccurrences(text, applicable).map((occurrence) => occurrence.entry))];
}
