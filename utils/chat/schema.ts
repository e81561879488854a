import { z } from 'zod';
import { ParleyErrorDataSchema } from '../errors/parley-error';

/** Quoted page text is capped: a whole long article would crowd out the conversation itself. */
export const MAX_CONTEXT_CHARS = 40_000;
export const MAX_MESSAGE_CHARS = 100_000;

/** What the user chose to show the model from a page: data to quote, never instructions. */
export const QuotedContextSchema = z.object({
  kind: z.enum(['selection', 'page']),
  title: z.string().max(500),
  url: z.string().max(4000),
  text: z.string().min(1).max(MAX_CONTEXT_CHARS),
  /** True when only part of the page (or selection) is quoted: it was longer than the model or MAX_CONTEXT_CHARS allow. */
  truncated: z.boolean(),
  /** How much of the page (or selection) the quote holds, in percent, when not all of it fit. */
  sentPercent: z.number().int().min(0).max(100).optional(),
  /** "Ask about this page" with a selection on it: the selected part is quoted first, then the page from its start. */
  selectionFirst: z.boolean().optional(),
});
export type QuotedContext = z.infer<typeof QuotedContextSchema>;

/** Readable page text can be long; what the popup reads is capped here, then fitted to the model (see fit-quote.ts). */
export const MAX_RAW_QUOTE_CHARS = 2_000_000;

/** What the popup read from the page, whole, before it is fitted to the model's context. */
export const PageQuoteSchema = z.object({
  kind: z.enum(['selection', 'page']),
  title: z.string().max(500),
  url: z.string().max(4000),
  text: z.string().min(1).max(MAX_RAW_QUOTE_CHARS),
  /** For a page: what the user had selected on it, quoted first. */
  selection: z.string().max(MAX_RAW_QUOTE_CHARS).optional(),
});
export type PageQuote = z.infer<typeof PageQuoteSchema>;

export const MessageUsageSchema = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  totalTokens: z.number().int().min(0),
  /** Counted by Parley with a tokenizer because the provider sent no usage. */
  estimated: z.boolean(),
});
export type MessageUsage = z.infer<typeof MessageUsageSchema>;

export const MessageStatusSchema = z.enum(['done', 'streaming', 'error', 'stopped']);
export type MessageStatus = z.infer<typeof MessageStatusSchema>;

export const MessageRecordSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  /** Order inside the conversation; timestamps can tie. */
  seq: z.number().int(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  reasoning: z.string(),
  context: QuotedContextSchema.optional(),
  status: MessageStatusSchema,
  error: ParleyErrorDataSchema.optional(),
  model: z.string().optional(),
  usage: MessageUsageSchema.optional(),
  /** How many earlier messages were left out of this answer's request to fit the model's context. */
  trimmedCount: z.number().int().min(0),
  createdAt: z.number(),
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

export const ConversationRecordSchema = z.object({
  id: z.string(),
  title: z.string().max(200),
  presetId: z.string(),
  systemPrompt: z.string().max(20_000),
  /** Null: the model chosen in settings at the time of each request. */
  model: z.string().max(200).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

export const PresetRecordSchema = z.object({
  id: z.string(),
  name: z.string().trim().min(1, 'Give the preset a name').max(80),
  systemPrompt: z.string().trim().min(1, 'Write the instructions').max(20_000),
});
export type PresetRecord = z.infer<typeof PresetRecordSchema>;

export { NEW_CHAT_KEY } from './keys';

export const DraftRecordSchema = z.object({
  key: z.string(),
  text: z.string().max(MAX_MESSAGE_CHARS),
  context: QuotedContextSchema.optional(),
  updatedAt: z.number(),
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

/** Which conversation the popup and side panel show; null is a new, unsaved chat. */
export const CurrentRecordSchema = z.object({ key: z.literal('current'), conversationId: z.string().nullable() });
export type CurrentRecord = z.infer<typeof CurrentRecordSchema>;
