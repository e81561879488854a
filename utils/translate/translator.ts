import { parleyError } from '../errors/parley-error';
import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { buildTranslateMessages } from '../prompts/translate';
import { cacheKey, type TranslationCache } from './cache';
import type { TranslateEvent } from './messages';
import { MAX_TRANSLATE_CHARS, splitIntoChunks, type Chunk } from './split';

export interface TranslationPlan {
  text: string;
  sourceLanguage: LanguageCode | undefined;
  targetLanguage: LanguageCode;
  /** Retry: skip the cache, ask the provider again (the new answer replaces the cached one). */
  fresh: boolean;
}

/** The empty and too-long cases, said in words the user can act on. */
export function checkTranslatable(text: string): void {
  if (!text.trim()) {
    throw parleyError('empty-input', 'Nothing to translate: the selection is empty. Select some text first, then try again.');
  }
  if (text.length > MAX_TRANSLATE_CHARS) {
    throw parleyError(
      'too-long',
      `The selection is too long to translate at once (${text.length.toLocaleString('en')} characters; the limit is ${MAX_TRANSLATE_CHARS.toLocaleString('en')}). Select a shorter part.`,
    );
  }
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

async function* streamText(request: GenerateRequest, provider: LlmProvider, signal: AbortSignal): AsyncGenerator<string> {
  let started = false;
  for await (const part of provider.stream(request, signal)) {
    if (part.type !== 'text') continue;
    // Models often open with a newline; the chunk's own separator already places it.
    const text = started ? part.text : part.text.trimStart();
    if (!text) continue;
    started = true;
    yield text;
  }
}

/**
 * Translates chunk after chunk, in order: each from the cache when it is there, else streamed
 * from its provider and cached once it is complete. Yields the start event (with the provider
 * that serves the first chunk), then text.
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
    const provider = await pickProvider(request);
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
    for await (const text of streamText(request, provider, signal)) {
      yield { type: 'text', text: (translated ? '' : chunk.joinBefore) + text, fromCache: false };
      translated += text;
    }
    if (translated.trim()) await cache.put(key, translated.trimEnd());
  }
}
