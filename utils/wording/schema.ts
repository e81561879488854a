import { z } from 'zod';
import { TermListSchema } from '../terms/schema';
import { DEFAULT_FORMALITY, FormalitySettingsSchema } from './formality';

/** How translations and replies word things: the user's terms, the register per language, the page's context. */
export const WordingSettingsSchema = z.object({
  terms: TermListSchema,
  formality: FormalitySettingsSchema,
  /** The page's title and the heading above the selection go into the translation prompt. */
  pageContext: z.boolean(),
});
export type WordingSettings = z.infer<typeof WordingSettingsSchema>;

export const DEFAULT_WORDING: WordingSettings = { terms: [], formality: DEFAULT_FORMALITY, pageContext: true };
