import { z } from 'zod';

export const ToneSchema = z.enum(['formal', 'neutral', 'friendly']);
export type Tone = z.infer<typeof ToneSchema>;
export const LengthSchema = z.enum(['short', 'medium', 'detailed']);
export type Length = z.infer<typeof LengthSchema>;
export const AdapterIdSchema = z.enum(['gmail', 'outlook', 'generic']);

/** What the user chose in the panel for one request. */
export const ReplyControlsSchema = z.object({
  tone: ToneSchema,
  length: LengthSchema,
  /** "say I will be 10 minutes late": the user's own words, so an instruction (unlike the email). */
  hint: z.string().max(500),
});
export type ReplyControls = z.infer<typeof ReplyControlsSchema>;

export const ThreadSchema = z.object({
  subject: z.string().max(2000),
  messages: z
    .array(
      z.object({
        sender: z.object({ name: z.string().max(300), email: z.string().max(320) }),
        date: z.string().max(200),
        body: z.string().max(50_000),
      }),
    )
    .min(1)
    .max(100),
});

/** What a frame read from the page when asked: the thread and what the user already wrote. */
export const ConversationSchema = z.object({
  adapter: AdapterIdSchema,
  thread: ThreadSchema,
  /** The compose field's text above quote and signature: how the user edited the last inserted reply. */
  ownText: z.string().max(50_000),
  hasSignature: z.boolean(),
  /** The page's `lang`, a fallback when the message is too short to detect its language. */
  pageLanguage: z.string().max(35),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const ReplySchema = z.object({ intent: z.string(), text: z.string(), gloss: z.string() });
export type Reply = z.infer<typeof ReplySchema>;

/** The model's answer, as far as it has arrived: every field may still be missing or cut short. */
export const SuggestionsSchema = z.object({
  reading: z.string(),
  translation: z.string(),
  replies: z.array(ReplySchema).max(5),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

export const SuggestEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('context'),
    /** BCP 47 codes: the thread's language (replies) and the user's (reading, glosses). */
    threadLanguage: z.string(),
    userLanguage: z.string(),
    correspondent: z.string(),
  }),
  z.object({ type: z.literal('partial'), suggestions: SuggestionsSchema }),
  z.object({ type: z.literal('done'), suggestions: SuggestionsSchema }),
]);
export type SuggestEvent = z.infer<typeof SuggestEventSchema>;
