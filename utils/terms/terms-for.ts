import type { WordingSettings } from '../wording/schema';
import { matchTerms } from './match';
import type { LanguagePair, TermEntry } from './schema';

/**
 * The one entry point every flow uses (bubble, Translate tab, replies, page translation): the
 * user's entries that occur in this text for this pair, nothing else. A 200-entry list costs a
 * request only the few lines that matter.
 */
export function termsFor(text: string, pair: LanguagePair, wording: Pick<WordingSettings, 'terms'>): TermEntry[] {
  if (wording.terms.length === 0 || !text) return [];
  return matchTerms(text, wording.terms, pair);
}

/** The "keep as is" sources among matched entries: what an instruction-less translator must be kept from touching. */
export function keptSources(entries: readonly TermEntry[]): string[] {
  return entries.filter((entry) => entry.keep).map((entry) => entry.source);
}
