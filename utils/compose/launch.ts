import { z } from 'zod';
import { LanguageCodeSchema } from '../settings/schema';
import { AdapterIdSchema } from '../replies/schema';

/**
 * Where the field is, so the same field is found again after a reload: CSS selectors from the
 * document down through each shadow root (one per hop). Webmail compose boxes are found by their
 * adapter's selector, since their ids change with every load.
 */
export const FieldLocatorSchema = z.array(z.string().min(1).max(2000)).min(1).max(10);
export type FieldLocator = z.infer<typeof FieldLocatorSchema>;

/** A draft being written in another language: what session storage keeps until Replace or Discard. */
export const SavedDraftSchema = z.object({
  draft: z.string(),
  /** True when only a selection inside the field was the draft. */
  selectionOnly: z.boolean(),
  draftLanguage: LanguageCodeSchema.nullable(),
  targetLanguage: LanguageCodeSchema,
  backLanguage: LanguageCodeSchema,
  translation: z.string(),
  backTranslation: z.string(),
});
export type SavedDraft = z.infer<typeof SavedDraftSchema>;

/**
 * What the background hands the in-page script through `scripting.executeScript` arguments
 * (never through page events): a session to start in the focused field, or a saved draft to
 * show again beside the field it was written in.
 */
export const ComposeLaunchSchema = z.object({
  sessionId: z.uuid(),
  adapter: AdapterIdSchema,
  /** The compose box selector of a webmail adapter (a locator that survives reloads). */
  adapterField: z.string().optional(),
  /** Drafts of this tab still waiting: the one written in the same field comes back instead of a new request. */
  saved: z.array(z.object({ id: z.uuid(), locator: FieldLocatorSchema, draft: SavedDraftSchema })).max(5),
});
export type ComposeLaunch = z.infer<typeof ComposeLaunchSchema>;

/** The global the in-page script sets in its isolated world (pages cannot see it). */
export interface ComposeUiGlobal {
  open: (launch: unknown) => void;
}
