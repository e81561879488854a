import { z } from 'zod';
import type { Feature, GenerationParams } from '../settings/schema';

export const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const UsageSchema = z.object({
  promptTokens: z.number(),
  completionTokens: z.number(),
  totalTokens: z.number(),
});
export type Usage = z.infer<typeof UsageSchema>;

export interface GenerateRequest {
  feature: Feature;
  messages: ChatMessage[];
  /** Overrides the feature's saved parameters for this call only. */
  params?: Partial<GenerationParams>;
  /** Overrides the saved model (the chat's per-conversation picker). */
  model?: string;
  /** Ask for a JSON object; providers that refuse the field are retried without it. */
  json?: boolean;
  /**
   * Set by the translate flow beside its prompt, so that a provider built for translation alone
   * (the browser's on-device Translator) can serve the request without reading the prompt.
   */
  translation?: {
    text: string;
    sourceLanguage: string | undefined;
    targetLanguage: string;
    /** The user's "keep as is" terms found in the text: a translator that takes no instructions must still leave them alone. */
    keep?: string[];
  };
  /** `background` for work that yields to the user's own requests in the shared queue (page batches). */
  priority?: 'foreground' | 'background';
}

/** What a stream yields: answer text, reasoning kept apart from it, and how it ended. */
export type StreamPart =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string }
  | { type: 'finish'; finishReason: string; usage?: Usage };

export interface Completion {
  text: string;
  reasoning: string;
  finishReason: string;
  usage?: Usage;
}

/**
 * What every feature talks to. The OpenAI-compatible provider implements it with the official
 * SDK; the browser's built-in model implements it without one. Features never see which.
 */
export interface LlmProvider {
  /** Shown next to results: "OpenAI · gpt-4o-mini", "On-device (Chrome)". */
  readonly label: string;
  stream(request: GenerateRequest, signal: AbortSignal): AsyncIterable<StreamPart>;
  complete(request: GenerateRequest, signal: AbortSignal): Promise<Completion>;
  listModels(signal: AbortSignal): Promise<string[]>;
}

/** Reads a whole stream into one answer: `complete` for every provider. */
export async function collectStream(parts: AsyncIterable<StreamPart>): Promise<Completion> {
  const completion: Completion = { text: '', reasoning: '', finishReason: 'stop' };
  for await (const part of parts) {
    if (part.type === 'text') completion.text += part.text;
    else if (part.type === 'reasoning') completion.reasoning += part.text;
    else {
      completion.finishReason = part.finishReason;
      completion.usage = part.usage;
    }
  }
  return completion;
}
