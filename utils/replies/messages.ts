import { z } from 'zod';
import { defineRequest, defineStream } from '../messaging/define';
import { OPEN_FROM_BUTTON_TYPE } from './open-request';
import { AdapterIdSchema, ConversationSchema, LengthSchema, ReplyControlsSchema, SuggestEventSchema, ToneSchema } from './schema';

const JobIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/);

/** From the webmail button's trusted click; the background checks the sender is a webmail page. */
export const openFromButton = defineRequest({ type: OPEN_FROM_BUTTON_TYPE, request: z.object({}), response: z.object({}), trust: 'content-script' });

/** From the popup: reads the active tab's open message (the popup's opening grants activeTab). */
export const openForPopup = defineRequest({
  type: 'replies/open-for-popup',
  /** Omitted: the active tab. */
  request: z.object({ tabId: z.number().int().optional() }),
  response: z.object({ jobId: JobIdSchema }), trust: 'extension' });

/** The stream is accepted only for a job the user's click created, from the tab it belongs to. */
export const suggestReplies = defineStream({
  name: 'replies/suggest',
  start: z.object({ jobId: JobIdSchema, controls: ReplyControlsSchema }),
  event: SuggestEventSchema,
  trust: 'content-script',
  continueWhenDetached: false,
});

export const insertReply = defineRequest({
  type: 'replies/insert',
  request: z.object({ jobId: JobIdSchema, text: z.string().min(1).max(20_000), intent: z.string().max(200), tone: ToneSchema, length: LengthSchema }),
  response: z.object({}),
  trust: 'content-script',
});

export const undoReply = defineRequest({ type: 'replies/undo', request: z.object({ jobId: JobIdSchema }), response: z.object({}), trust: 'content-script' });

export const rateReply = defineRequest({
  type: 'replies/rate',
  request: z.object({ jobId: JobIdSchema, intent: z.string().max(200), text: z.string().max(20_000), vote: z.enum(['up', 'down']) }),
  response: z.object({}),
  trust: 'content-script',
});

export const CorrespondentSummarySchema = z.object({
  correspondent: z.string(),
  insertions: z.number(),
  ups: z.number(),
  downs: z.number(),
  tone: ToneSchema.nullable(),
  length: LengthSchema.nullable(),
  greeting: z.string(),
  /** 0 = sent as inserted, 1 = rewritten; null until measured. */
  averageEdit: z.number().nullable(),
});
export type CorrespondentSummary = z.infer<typeof CorrespondentSummarySchema>;

export const listLearning = defineRequest({ type: 'replies/learning-list', request: z.object({}), response: z.object({ correspondents: z.array(CorrespondentSummarySchema) }), trust: 'extension' });

export const clearLearning = defineRequest({
  type: 'replies/learning-clear',
  request: z.object({ correspondent: z.string().optional() }),
  response: z.object({}),
  trust: 'extension',
});

// Sent by the background to Parley's script in the page's frames.
export const frameAttach = defineRequest({ type: 'replies/frame-attach', request: z.object({ jobId: JobIdSchema, adapter: AdapterIdSchema }), response: z.object({}), trust: 'extension' });
export const frameRead = defineRequest({ type: 'replies/frame-read', request: z.object({ jobId: JobIdSchema }), response: ConversationSchema, trust: 'extension' });
export const frameInsert = defineRequest({ type: 'replies/frame-insert', request: z.object({ jobId: JobIdSchema, text: z.string() }), response: z.object({}), trust: 'extension' });
export const frameUndo = defineRequest({ type: 'replies/frame-undo', request: z.object({ jobId: JobIdSchema }), response: z.object({}), trust: 'extension' });
export const frameShowPanel = defineRequest({ type: 'replies/frame-show-panel', request: z.object({ jobId: JobIdSchema, tone: ToneSchema, length: LengthSchema }), response: z.object({}), trust: 'extension' });

/** Content scripts cannot open the options page themselves ("Open settings" in an in-page error). */
export const openRepliesSettings = defineRequest({ type: 'replies/open-settings', request: z.object({}), response: z.object({}), trust: 'content-script' });
