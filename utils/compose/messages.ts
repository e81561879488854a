import { z } from 'zod';
import { defineRequest, defineStream } from '../messaging/define';
import { ReplyControlsSchema, SuggestionsSchema } from '../replies/schema';
import { LanguageCodeSchema } from '../settings/schema';
import { MAX_TRANSLATE_CHARS } from '../translate/split';
import { FieldLocatorSchema } from './launch';
import { RESTORE_REQUEST } from './restore-protocol';

/** What the field's page says about the language the message should be in; the background decides. */
export const LanguageHintsSchema = z.object({
  /** The message being answered: a webmail thread's latest message, or the original quoted in the field. */
  answeredText: z.string().max(8000),
  /** The page's `lang` (the top document's, for an editor in an iframe). */
  pageLanguage: z.string().max(35),
  /** Readable text near the field: detected when the page declares no language. */
  pageText: z.string().max(8000),
});
export type LanguageHints = z.infer<typeof LanguageHintsSchema>;

export const WriteInEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    draftLanguage: LanguageCodeSchema.nullable(),
    targetLanguage: LanguageCodeSchema,
    /** The user's language: the back-translation's. */
    backLanguage: LanguageCodeSchema,
    providerLabel: z.string(),
  }),
  z.object({ type: z.literal('translation'), text: z.string() }),
  z.object({ type: z.literal('back'), text: z.string() }),
]);
export type WriteInEvent = z.infer<typeof WriteInEventSchema>;

export const WriteInStartSchema = z.object({
  sessionId: z.uuid(),
  draft: z.string().max(MAX_TRANSLATE_CHARS),
  selectionOnly: z.boolean(),
  locator: FieldLocatorSchema,
  hints: LanguageHintsSchema,
  /** The user's pick in the panel; absent: the page and thread decide. */
  targetLanguage: LanguageCodeSchema.optional(),
});
export type WriteInStart = z.infer<typeof WriteInStartSchema>;

/**
 * The panel's stream. Accepted only for a session the user's menu click or shortcut created,
 * from the tab and frame it was created for, so a web page cannot make Parley call the API.
 */
export const writeInStream = defineStream({
  name: 'compose/write-in',
  start: WriteInStartSchema,
  event: WriteInEventSchema,
  trust: 'content-script',
  continueWhenDetached: false,
});

/** Replace (kept: false) or Undo after it (kept: true): a replaced draft is not offered again after a reload. */
export const markDraftReplaced = defineRequest({
  type: 'compose/replaced',
  request: z.object({ sessionId: z.uuid(), replaced: z.boolean() }),
  response: z.object({}),
  trust: 'content-script',
});

/** A new click in a field that has a saved draft: the new session takes the draft over. */
export const adoptDraft = defineRequest({
  type: 'compose/adopt',
  request: z.object({ sessionId: z.uuid(), fromSessionId: z.uuid() }),
  response: z.object({}),
  trust: 'content-script',
});

/** "Discard": the user is done with this draft; session storage forgets it. */
export const discardDraft = defineRequest({
  type: 'compose/discard',
  request: z.object({ sessionId: z.uuid() }),
  response: z.object({}),
  trust: 'content-script',
});

/** The reply panel's "Write my own": the user's words, written as a reply in the thread's language. */
export const writeOwnReply = defineStream({
  name: 'replies/write-own',
  start: z.object({ jobId: z.string().regex(/^[a-z0-9-]{8,64}$/), wish: z.string().min(1).max(2000), controls: ReplyControlsSchema }),
  event: z.object({ type: z.enum(['partial', 'done']), suggestions: SuggestionsSchema }),
  trust: 'content-script',
  continueWhenDetached: false,
});

/**
 * The restore starter, at the load event of a page that has a draft waiting. Asks nothing: the
 * background gives a draft back only to the tab and page it was written in.
 */
export const restoreDraftAfterLoad = defineRequest({
  type: RESTORE_REQUEST,
  request: z.object({}),
  response: z.object({ restored: z.boolean() }),
  trust: 'content-script',
});
