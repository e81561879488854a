import { z } from 'zod';
import { LanguageCodeSchema } from '../settings/schema';

/** A translation the background found in its cache at the click (utils/translate/instant-answer.ts). */
export const CachedAnswerSchema = z.object({
  text: z.string(),
  sourceLanguage: LanguageCodeSchema.nullable(),
  targetLanguage: LanguageCodeSchema,
  providerLabel: z.string(),
});
export type CachedAnswer = z.infer<typeof CachedAnswerSchema>;

/**
 * What the background hands the in-page script, through `scripting.executeScript` arguments
 * (never through page events): a job to stream, or a notice to show at the selection.
 */
export const BubbleLaunchSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('job'),
    jobId: z.uuid(),
    mode: z.enum(['bubble', 'replace']),
    /** The whole translation, when the cache already held it: the bubble opens with it and asks for nothing. */
    cached: CachedAnswerSchema.optional(),
  }),
  z.object({ kind: z.literal('notice'), message: z.string() }),
]);
export type BubbleLaunch = z.infer<typeof BubbleLaunchSchema>;

/** The global the in-page script sets in its isolated world (pages cannot see it). */
export interface TranslateUiGlobal {
  open: (launch: unknown) => void;
}

/** What `readSelectionInPage` reports from each frame. */
export const FrameSelectionSchema = z.object({ text: z.string(), focused: z.boolean() });
