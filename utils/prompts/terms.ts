import type { TermEntry } from '../terms/schema';

/**
 * The user's terms that occur in the text, as a compact data block for a system prompt; empty
 * when none occur, so a request without terms pays nothing. One line per entry:
 * - "source → translation": the arrow is one token and reads unambiguously in any script;
 * - "source =": kept as is (brand and product names), shorter than any sentence saying so;
 * - the entries come from the user's own settings, so they sit among the instructions, not in
 *   the quoted data; still, a line break inside an entry is flattened so it stays one line.
 */
export function termsPromptBlock(entries: readonly TermEntry[]): string {
  if (entries.length === 0) return '';
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  const lines = entries.map((entry) => (entry.keep ? `${flat(entry.source)} =` : `${flat(entry.source)} → ${flat(entry.target)}`));
  return ['Use these terms (source → translation; "=": keep unchanged), inflected as grammar needs:', ...lines].join('\n');
}
