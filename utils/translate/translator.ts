import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { buildTranslateMessages } from '../prompts/translate';
import { cacheKey, type TranslationCache } from './cache';
import type { TranslateEvent } from './messages';
import { checkTranslatable } from './check';
import { splitIntoChunks, type Chunk } from './split';
import type { FallbackPicker } from './device-fallback';

export interface TranslationPlan {
  text: string;
  sourceLanguage: LanguageCode | undefined;
  targetLanguage: LanguageCode;
  /** Retry: skip the cache, ask the provider again (the new answer replaces the cached one). */
  fresh: boolean;
}

/** Chooses who serves one request (the on-device translator or the user's provider), before it starts. */
export type ProviderPicker = (request: GenerateRequest) => Promise<LlmProvider>;

function chunkRequest(chunk: Chunk, plan: TranslationPlan): GenerateRequest {
  return {
    feature: 'translate',
    messages: buildTranslateMessages({ text: chunk.text, sourceLanguage: plan.sourceLanguage, targetLanguage: plan.targetLanguage }),
    translation: { text: chunk.text, sourceLanguage: plan.sourceLanguage, targetLanguage: plan.targetLanguage },
  };
}

/** Yields the answer's text; returns how it ended (`length`: the max-tokens limit cut it). */
async function* streamText(request: GenerateRequest, provider: LlmProvider, signal: AbortSignal): AsyncGenerator<string, string | undefined> {
  let started = false;
  let finishReason: string | undefined;
  for await (const part of provider.stream(request, signal)) {
    if (part.type === 'finish') finishReason = part.finishReason;
    if (part.type !== 'text') continue;
    // Models often open with a newline; the chunk's own separator already places it.
    const text = started ? part.text : part.text.trimStart();
    if (!text) continue;
    started = true;
    yield text;
  }
  return finishReason;
}

/** One chunk: from the cache when it is there, else streamed from its provider and cached once complete. */
async function* translateChunk(
  chunk: Chunk,
  request: GenerateRequest,
  provider: LlmProvider,
  plan: TranslationPlan,
  cache: TranslationCache,
  signal: AbortSignal,
): AsyncGenerator<TranslateEvent> {
  const key = await cacheKey({ ...plan, text: chunk.text, providerLabel: provider.label });
  const cached = plan.fresh ? undefined : await cache.get(key);
  if (cached !== undefined) {
    yield { type: 'text', text: chunk.joinBefore + cached, fromCache: true };
    return;
  }
  let translated = '';
  const stream = streamText(request, provider, signal);
  let step = await stream.next();
  while (!step.done) {
    yield { type: 'text', text: (translated ? '' : chunk.joinBefore) + step.value, fromCache: false };
    translated += step.value;
    step = await stream.next();
  }
  // A translation cut by the max-tokens limit is incomplete: caching it would serve the cut text forever.
  if (step.value === 'length') {
    yield { type: 'cut', reason: 'max-tokens' };
    return;
  }
  if (translated.trim()) await cache.put(key, translated.trimEnd());
}

/**
 * Translates chunk after chunk, in order: each from the cache when it is there, else streamed
 * from its provider and cached once it is complete. Yields the start event (with the provider
 * that serves the first chunk), then text, and `cut` after a chunk the max-tokens limit ended.
 * When the provider fails a chunk before any of its text arrived and `fallback` offers the
 * device, the device translates that chunk and the rest (a `fallback` event says so first).
 */
export async function* runTranslation(
  plan: TranslationPlan,
  pickProvider: ProviderPicker,
  cache: TranslationCache,
  signal: AbortSignal,
  fallback?: FallbackPicker,
): AsyncGenerator<TranslateEvent> {
  checkTranslatable(plan.text);
  let announced = false;
  let device: LlmProvider | undefined;
  for (const chunk of splitIntoChunks(plan.text)) {
    const request = chunkRequest(chunk, plan);
    let provider: LlmProvider;
    try {
      provider = device ?? (await pickProvider(request));
    } catch (error) {
      // The languages still reach the bubble: a pair the device lacks is offered for download there.
      if (!announced) yield { type: 'start', sourceLanguage: plan.sourceLanguage ?? null, targetLanguage: plan.targetLanguage, providerLabel: '' };
      throw error;
    }
    if (!announced) {
      announced = true;
      yield { type: 'start', sourceLanguage: plan.sourceLanguage ?? null, targetLanguage: plan.targetLanguage, providerLabel: provider.label };
    }
    let textArrived = false;
    try {
      for await (const event of translateChunk(chunk, request, provider, plan, cache, signal)) {
        textArrived ||= event.type === 'text';
        yield event;
      }
    } catch (error) {
      // Text already shown is never mixed with another provider's; a cancel is no failure.
      const rescue = device || textArrived || signal.aborted || !fallback ? undefined : await fallback(request, error);
      if (!rescue) throw error;
      device = rescue.provider;
      yield { type: 'fallback', providerLabel: device.label, reason: rescue.reason };
      yield* translateChunk(chunk, request, device, plan, cache, signal);
    }
  }
}
