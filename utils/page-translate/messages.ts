import { z } from 'zod';
import { ParleyErrorDataSchema } from '../errors/parley-error';
import { defineRequest, defineStream } from '../messaging/define';
import { PageTranslateSettingsSchema } from '../settings/schema';
import { ALWAYS_START_REQUEST } from './always-protocol';

/** Longest block sent as one segment; longer ones are cut here (a page's whole text in one <div> is no paragraph). */
export const MAX_BLOCK_CHARS = 4_000;
/** Blocks one stream may carry: a screen and a half of a dense page, never the whole page at once. */
export const MAX_BLOCKS_PER_STREAM = 400;

export const PageBlockSchema = z.object({
  id: z.number().int().nonnegative(),
  /** The block's text, inline markup as <xN>…</xN> and <xN/> placeholders. */
  text: z.string().min(1).max(MAX_BLOCK_CHARS),
});
export type PageBlock = z.infer<typeof PageBlockSchema>;

export const PageBlockEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('block'), id: z.number().int(), translation: z.string(), fromCache: z.boolean() }),
  /** What one request cost, as the provider counted it (estimated when it sent no usage). */
  z.object({ type: z.literal('usage'), promptTokens: z.number(), completionTokens: z.number(), blocks: z.number().int() }),
  /** These blocks could not be translated; the page shows the error once, with Retry. */
  z.object({ type: z.literal('failed'), ids: z.array(z.number().int()), error: ParleyErrorDataSchema }),
]);
export type PageBlockEvent = z.infer<typeof PageBlockEventSchema>;

/**
 * The page script's stream: blocks of a page the user asked to translate. Accepted only with the
 * session id the background handed to the script it injected into that very tab, so a web page
 * cannot make Parley call the API.
 */
export const pageBlocksStream = defineStream({
  name: 'page-translate/blocks',
  start: z.object({ sessionId: z.uuid(), blocks: z.array(PageBlockSchema).min(1).max(MAX_BLOCKS_PER_STREAM) }),
  event: PageBlockEventSchema,
  trust: 'content-script',
  continueWhenDetached: false,
});

export const PageProgressSchema = z.object({
  state: z.enum(['translating', 'done', 'stopped', 'error']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  tokensUsed: z.number().int().nonnegative(),
  /** Tokens the blocks not yet translated would take (prompt and answer). */
  tokensToFinish: z.number().int().nonnegative(),
});
export type PageProgress = z.infer<typeof PageProgressSchema>;

/** The page script reports its progress, for the popup. */
export const reportPageProgress = defineRequest({
  type: 'page-translate/progress',
  request: z.object({ sessionId: z.uuid(), progress: PageProgressSchema }),
  response: z.object({}),
  trust: 'content-script',
});

export const PageCommandSchema = z.enum(['start', 'stop', 'show-original', 'finish', 'retry']);
export type PageCommand = z.infer<typeof PageCommandSchema>;

/** The popup's controls for the page in its tab. */
export const pageTranslateCommand = defineRequest({
  type: 'page-translate/command',
  request: z.object({ tabId: z.number().int(), command: PageCommandSchema }),
  response: z.object({ ok: z.boolean(), message: z.string().optional() }),
  trust: 'extension',
});

export const SiteRuleSchema = z.enum(['always', 'never', 'ask']);
export type SiteRule = z.infer<typeof SiteRuleSchema>;

export const getPageTranslateState = defineRequest({
  type: 'page-translate/state',
  request: z.object({ tabId: z.number().int() }),
  response: z.object({
    /** The tab's origin, null where pages cannot be translated (browser pages, the web store). */
    origin: z.string().nullable(),
    rule: SiteRuleSchema,
    progress: PageProgressSchema.nullable(),
    display: PageTranslateSettingsSchema.shape.display,
    style: PageTranslateSettingsSchema.shape.style,
    /** False when the user or the organisation's policy turned page translation off. */
    enabled: z.boolean(),
  }),
  trust: 'extension',
});

/** "Always" is asked only after the popup obtained that one origin's host permission. */
export const setSiteRule = defineRequest({
  type: 'page-translate/site-rule',
  request: z.object({ origin: z.string().max(300), rule: SiteRuleSchema }),
  response: z.object({ rule: SiteRuleSchema }),
  trust: 'extension',
});

export const setPageDisplay = defineRequest({
  type: 'page-translate/display',
  // Only what changed: two quick picks each carry their own field, so neither undoes the other.
  request: PageTranslateSettingsSchema.pick({ display: true, style: true }).partial(),
  response: z.object({}),
  trust: 'extension',
});

/**
 * The "Always translate" starter, at the load event of a page of such a site. Asks nothing: the
 * background starts only where the sender's own tab and top frame are on a site with the rule.
 */
export const startAlwaysTranslate = defineRequest({
  type: ALWAYS_START_REQUEST,
  request: z.object({}),
  response: z.object({ started: z.boolean() }),
  trust: 'content-script',
});
