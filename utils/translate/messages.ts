import { z } from 'zod';
import { defineRequest, defineStream } from '../messaging/define';
import { LanguageCodeSchema } from '../settings/schema';
import { SELECT_BUTTON_CLICKED, SELECT_BUTTON_MAX_TEXT } from './select-button-protocol';
import { MAX_TRANSLATE_CHARS } from './split';
import { FALLBACK_REASONS } from './device-fallback';

/** What a translation stream yields: first its languages and provider, then text as it comes. */
export const TranslateEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    sourceLanguage: LanguageCodeSchema.nullable(),
    targetLanguage: LanguageCodeSchema,
    providerLabel: z.string(),
  }),
  z.object({ type: z.literal('text'), text: z.string(), fromCache: z.boolean() }),
  /** The provider stopped a chunk at the max-tokens limit: the text above is incomplete (and not cached). */
  z.object({ type: z.literal('cut'), reason: z.literal('max-tokens') }),
  /** The user's provider failed (after its retries) and the on-device translator serves from here on. */
  z.object({ type: z.literal('fallback'), providerLabel: z.string(), reason: z.enum(FALLBACK_REASONS) }),
]);
export type TranslateEvent = z.infer<typeof TranslateEventSchema>;

/**
 * The in-page bubble's stream. It carries no text to translate of its own: only the id of a job
 * the background created when the user clicked the menu or pressed the shortcut, so a web page
 * cannot make Parley call the API.
 */
export const translateJobStream = defineStream({
  name: 'translate/stream',
  start: z.object({
    jobId: z.uuid(),
    /** The language the user picked in the bubble; absent: the settings decide. */
    targetLanguage: LanguageCodeSchema.optional(),
    /** The page's `lang`, a hint for short texts. */
    pageLanguage: z.string().max(35).optional(),
    /** The selection as the page has it, with its line breaks (the menu event flattens them). */
    selectedText: z.string().max(MAX_TRANSLATE_CHARS * 2).optional(),
    /** Retry: ask the provider again instead of the cache. */
    fresh: z.boolean().optional(),
    /** The page's title and the heading above the selection; capped again in the background before use. */
    pageContext: z.object({ title: z.string().max(1000), heading: z.string().max(1000) }).optional(),
  }),
  event: TranslateEventSchema,
  trust: 'content-script',
  continueWhenDetached: false,
});

/** The popup's Translate tab: text the user typed or pasted there. */
export const translateTextStream = defineStream({
  name: 'translate/text',
  start: z.object({
    text: z.string().max(MAX_TRANSLATE_CHARS * 2),
    sourceLanguage: LanguageCodeSchema.optional(),
    targetLanguage: LanguageCodeSchema.optional(),
    fresh: z.boolean().optional(),
    /** The tab the popup belongs to: its translation joins that tab's recent list. */
    tabId: z.number().int().optional(),
  }),
  event: TranslateEventSchema,
  trust: 'extension',
  continueWhenDetached: false,
});

export const HistoryEntrySchema = z.object({
  text: z.string(),
  translation: z.string(),
  sourceLanguage: LanguageCodeSchema.nullable(),
  targetLanguage: LanguageCodeSchema,
  at: z.number(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A translation waiting for the popup: the page could not show it, or the user asked for it there. */
export const PendingTranslationSchema = z.object({
  text: z.string(),
  translation: z.string().optional(),
  targetLanguage: LanguageCodeSchema.optional(),
  /** Why it is in the popup, said to the user. */
  note: z.string().optional(),
  at: z.number(),
});
export type PendingTranslation = z.infer<typeof PendingTranslationSchema>;

export const getTranslatePopupState = defineRequest({
  type: 'translate/popup-state',
  request: z.object({ tabId: z.number().int().optional(), takePending: z.boolean() }),
  response: z.object({ pending: PendingTranslationSchema.nullable(), history: z.array(HistoryEntrySchema) }),
  trust: 'extension',
});

export const showTranslationInPopup = defineRequest({
  type: 'translate/show-in-popup',
  request: z.object({ jobId: z.uuid(), translation: z.string().max(MAX_TRANSLATE_CHARS * 4) }),
  response: z.object({ opened: z.enum(['popup', 'tab']) }),
  trust: 'content-script',
});

/** Content scripts cannot open the options page themselves. */
export const openSettingsFromPage = defineRequest({
  type: 'translate/open-settings',
  request: z.object({}),
  response: z.object({}),
  trust: 'content-script',
});

export const translationCacheStats = defineRequest({
  type: 'translate/cache-stats',
  request: z.object({}),
  response: z.object({ entries: z.number() }),
  trust: 'extension',
});

export const clearTranslationCache = defineRequest({
  type: 'translate/cache-clear',
  request: z.object({}),
  response: z.object({ removed: z.number() }),
  trust: 'extension',
});

/** The options page's switch for the button on every selection (after the page got the permission). */
export const setSelectButton = defineRequest({
  type: 'translate/select-button-set',
  request: z.object({ enabled: z.boolean() }),
  response: z.object({ enabled: z.boolean() }),
  trust: 'extension',
});

export const getSelectButtonState = defineRequest({
  type: 'translate/select-button-state',
  request: z.object({}),
  response: z.object({ enabled: z.boolean() }),
  trust: 'extension',
});

/**
 * The selection button's script reports a trusted click on its button; the background creates
 * the job for the sender's own tab and frame and opens the bubble there, as the menu does.
 */
export const selectButtonClicked = defineRequest({
  type: SELECT_BUTTON_CLICKED,
  request: z.object({ text: z.string().max(SELECT_BUTTON_MAX_TEXT) }),
  response: z.object({}),
  trust: 'content-script',
});
