import { z } from 'zod';
import { defineRequest, defineStream } from '../messaging/define';
import { MAX_MESSAGE_CHARS, MessageUsageSchema, PageQuoteSchema, PresetRecordSchema, QuotedContextSchema } from './schema';

const IdSchema = z.string().min(1).max(100);

/** Options a new conversation starts with (an existing one keeps its own). */
export const NewConversationSchema = z.object({
  presetId: z.string().max(100),
  systemPrompt: z.string().max(20_000),
  model: z.string().trim().max(200).nullable(),
});

export const ChatStartSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('send'),
    /** Null: start a new conversation with `newConversation`. */
    conversationId: IdSchema.nullable(),
    newConversation: NewConversationSchema,
    text: z.string().max(MAX_MESSAGE_CHARS),
    context: QuotedContextSchema.optional(),
  }),
  /** Answer the last user message again (after a failure, a stop, or to get another answer). */
  z.object({ action: z.literal('regenerate'), conversationId: IdSchema }),
  /** Replace the last user message and answer it. */
  z.object({ action: z.literal('edit'), conversationId: IdSchema, text: z.string().min(1).max(MAX_MESSAGE_CHARS) }),
]);
export type ChatStart = z.infer<typeof ChatStartSchema>;

export const ChatEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), conversationId: IdSchema, messageId: IdSchema }),
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('reasoning'), text: z.string() }),
  z.object({ type: z.literal('usage'), usage: MessageUsageSchema }),
]);
export type ChatEvent = z.infer<typeof ChatEventSchema>;

/** Goes on when the popup closes: the handler saves the answer as it streams. */
export const chatGenerate = defineStream({
  name: 'chat/generate',
  start: ChatStartSchema,
  event: ChatEventSchema,
  trust: 'extension',
  continueWhenDetached: true,
});

const Ok = z.object({});

/** Stops the answer being written in a conversation, whichever page started it. */
export const chatStop = defineRequest({ type: 'chat/stop', request: z.object({ conversationId: IdSchema }), response: Ok, trust: 'extension' });

export const chatUpdateConversation = defineRequest({
  type: 'chat/update-conversation',
  request: z.object({
    id: IdSchema,
    title: z.string().trim().min(1, 'A title cannot be empty').max(200).optional(),
    presetId: z.string().max(100).optional(),
    systemPrompt: z.string().max(20_000).optional(),
    model: z.string().trim().max(200).nullable().optional(),
  }),
  response: Ok,
  trust: 'extension',
});

/**
 * Sent by a page whose answer stream broke: a worker that was stopped mid-answer left the answer
 * marked streaming, and this wakes a new one to mark it interrupted (with Retry).
 */
export const chatRecoverInterrupted = defineRequest({ type: 'chat/recover-interrupted', request: z.object({}), response: Ok, trust: 'extension' });

export const chatDeleteConversation = defineRequest({ type: 'chat/delete-conversation', request: z.object({ id: IdSchema }), response: Ok, trust: 'extension' });

export const chatSetCurrent = defineRequest({
  type: 'chat/set-current',
  request: z.object({ conversationId: IdSchema.nullable() }),
  response: Ok,
  trust: 'extension',
});

export const chatSaveDraft = defineRequest({
  type: 'chat/save-draft',
  request: z.object({ key: IdSchema, text: z.string().max(MAX_MESSAGE_CHARS) }),
  response: Ok,
  trust: 'extension',
});

export const chatSetDraftContext = defineRequest({
  type: 'chat/set-draft-context',
  request: z.object({ key: IdSchema, context: QuotedContextSchema.nullable() }),
  response: Ok,
  trust: 'extension',
});

/** "Ask about this page / the selection": the whole quote, fitted to the model in the background. */
export const chatAttachQuote = defineRequest({
  type: 'chat/attach-quote',
  request: z.object({ key: IdSchema, quote: PageQuoteSchema }),
  response: z.object({ context: QuotedContextSchema }),
  trust: 'extension',
});

export const chatSavePreset = defineRequest({
  type: 'chat/save-preset',
  request: PresetRecordSchema.omit({ id: true }).extend({ id: IdSchema.optional() }),
  response: PresetRecordSchema,
  trust: 'extension',
});

export const chatDeletePreset = defineRequest({ type: 'chat/delete-preset', request: z.object({ id: IdSchema }), response: Ok, trust: 'extension' });

/** The models the provider offers, for the picker's suggestions. */
export const chatListModels = defineRequest({
  type: 'chat/models',
  request: z.object({}),
  response: z.object({ models: z.array(z.string()), defaultModel: z.string() }),
  trust: 'extension',
});
