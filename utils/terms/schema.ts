import { z } from 'zod';
import { LANGUAGE_CODES } from '../languages/languages';

export const MAX_TERMS = 2_000;
export const MAX_TERM_CHARS = 200;

/**
 * One line of the user's terms list: how a word must come out of a translation. A pair is
 * optional on either side: "any source language" and "any target language" are the usual case.
 */
export const TermEntrySchema = z.object({
  source: z.string().trim().min(1).max(MAX_TERM_CHARS),
  /** Empty when `keep` is set. */
  target: z.string().trim().max(MAX_TERM_CHARS),
  /** Keep the source as it is (a product name, a brand): no translation. */
  keep: z.boolean(),
  caseSensitive: z.boolean(),
  sourceLanguage: z.enum(LANGUAGE_CODES).nullable(),
  targetLanguage: z.enum(LANGUAGE_CODES).nullable(),
});
export type TermEntry = z.infer<typeof TermEntrySchema>;

export const TermListSchema = z.array(TermEntrySchema).max(MAX_TERMS);

/** The two languages of one translation; the source is undefined when detection could not tell. */
export interface LanguagePair {
  source: string | undefined;
  target: string;
}
