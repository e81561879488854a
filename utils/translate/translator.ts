import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { formalityLine } from '../prompts/formality';
import { buildTranslateMessages, PROMPT_VERSION } from '../prompts/translate';
import { keptSources, termsFor } from '../terms/terms-for';
import { contextLine, type PageContext } from '../wording/context-line';
import { DEFAULT_WORDING, type WordingSettings } from '../wording/schema';
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
  /** The user's terms, registers and context switch; absent: none of them (tests, callers without settings). */
  wording?: WordingSettings;
  /** Where the selection sits on its page, when the flow knows it. */
  pageContext?: PageContext;
}

/** Chooses who serves one request (the on-device translator or the user's provider), before it starts. */
export type ProviderPicker = (request: GenerateRequest) => Promise<LlmProvider>;

interface ChunkWork {
  request: GenerateRequest;
  /** The prompt's version with the user's wording in it: a changed term must not serve an old translation. */
  promptVersion: string;
}

/** Terms are matched per chunk: each request carries only the entries its own text holds. */
function chunkWork(chunk: Chunk, plan: TranslationPlan): ChunkWork {
  const wording = plan.wording ?? DEFAULT_WORDING;
  const terms = termsFor(chunk.text, { source: plan.sourceLanguage, target: plan.targetLanguage }, wording);
  const formality = formalityLine(wording.formality, plan.targetLanguage, 'reader');
  const context = wording.pageContext ? contextLine(plan.pageContext) : '';
  // The user's terms and register change the answer, so they are part of the cache key. The page
  // line is a hint for meaning only: the same paragraph keeps its cached translation when it is
  // shown again in the popup (which knows no page) or met on another page.
  const extras = terms.length > 0 || formality ? JSON.stringify([terms, formality]) : '';
  return {
    request: {
      feature: 'translate',
      messages: buildTranslateMessages({ text: chunk.text, sourceLanguage: plan.sourceLanguage, targetLanguage: plan.targetLanguage, terms, formality, context }),
      translation: { text: chunk.text, sourceLanguage: plan.sourceLanguage, targetLanguage: plan.targetLanguage, keep: keptSources(terms) },
    },
    promptVersion: extras ? `${PROMPT_VERSION}:${extras}` : PROMPT_VERSION,
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

function chunkKey(chunk: Chunk, promptVersion: string, provider: LlmProvider, plan: TranslationPlan): Promise<string> {
  return cacheKey({ text: chunk.text, sourceLanguage: plan.sourceLanguage, targetLanguage: plan.targetLanguage, providerLabel: provider.label, promptVersion });
}

/** One chunk: from the cache when it is there, else streamed from its provider and cached once complete. */
async function* translateChunk(
  chunk: Chunk,
  { request, promptVersion }: ChunkWork,
  provider: LlmProvider,
  plan: TranslationPlan,
  cache: TranslationCache,
  signal: AbortSignal,
): AsyncGenerator<TranslateEvent> {
  const key = await chunkKey(chunk, promptVersion, provider, plan);
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
    const work = chunkWork(chunk, plan);
    const { request } = work;
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
      for await (const event of translateChunk(chunk, work, provider, plan, cache, signal)) {
        textArrived ||= event.type === 'text';
        yield event;
      }
    } catch (error) {
      // Text already shown is never mixed with another provider's; a cancel is no failure.
      const rescue = device || textArrived || signal.aborted || !fallback ? undefined : await fallback(request, error);
      if (!rescue) throw error;
      device = rescue.provider;
      yield { type: 'fallback', providerLabel: device.label, reason: rescue.reason };
      yield* translateChunk(chunk, work, device, plan, cache, signal);
    }
  }
}

/** A whole translation as the cache holds it, and who made it. */
export interface CachedTranslation {
  text: string;
  providerLabel: string;
}

/**
 * The text `runTranslation` would yield for this plan if every chunk is in the cache, asking no
 * provider; undefined as soon as one chunk is not (`lookup` says which keys it can answer at once).
 */
export async function translationFromCache(
  plan: TranslationPlan,
  pickProvider: ProviderPicker,
  lookup: (key: string) => Promise<string | undefined>,
): Promise<CachedTranslation | undefined> {
  if (plan.fresh) return undefined;
  checkTranslatable(plan.text);
  let text = '';
  let providerLabel: string | undefined;
  for (const chunk of splitIntoChunks(plan.text)) {
    const { request, promptVersion } = chunkWork(chunk, plan);
    const provider = await pickProvider(request);
    providerLabel ??= provider.label;
    const cached = await lookup(await chunkKey(chunk, promptVersion, provider, plan));
    if (cached === undefined) return undefined;
    text += chunk.joinBefore + cached;
  }
  return providerLabel === undefined ? undefined : { text, providerLabel };
}
