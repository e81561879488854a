import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { buildTranslateMessages } from '../prompts/translate';
import { cacheKey, type TranslationCache } from './cache';
import type { TranslateEvent } from './messages';
import { checkTranslatable } from './check';
import { splitIntoChunks, type Chunk } from './split';

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

/**
 * Translates chunk after chunk, in order: each from the cache when it is there, else streamed
 * from its provider and cached once it is complete. Yields the start event (with the provider
 * that serves the first chunk), then text, and `cut` after a chunk the max-tokens limit ended.
 */
export async function* runTranslation(
  plan: TranslationPlan,
  pickProvider: ProviderPicker,
  cache: TranslationCache,
  signal: AbortSignal,
): AsyncGenerator<TranslateEvent> {
  checkTranslatable(plan.text);
  let announced = false;
  for (const chunk of splitIntoChunks(plan.text)) {
    const request = chunkRequest(chunk, plan);
    let provider: LlmProvider;
    try {
      provider = await pickProvider(request);
    } catch (error) {
      // The languages still reach the bubble: a pair the device lacks is offered for download there.
      if (!announced) yield { type: 'start', sourceLanguage: plan.sourceLanguage ?? null, targetLanguage: plan.targetLanguage, providerLabel: '' };
      throw error;
    }
    if (!announced) {
      announced = true;
      yield { type: 'start', sourceLanguage: plan.sourceLanguage ?? null, targetLanguage: plan.targetLanguage, providerLabel: provider.label };
    }
    const key = await cacheKey({ ...plan, text: chunk.text, providerLabel: provider.label });
    const cached = plan.fresh ? undefined : await cache.get(key);
    if (cached !== undefined) {
      yield { type: 'text', text: chunk.joinBefore + cached, fromCache: true };
      continue;
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
      continue;
    }
    if (translated.trim()) await cache.put(key, translated.trimEnd());
  }
}
