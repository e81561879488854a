import { ParleyError, type ParleyErrorData } from '../errors/parley-error';
import { t } from '../i18n/t';
import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { buildPageTranslateMessages, numberSegments, PAGE_PROMPT_VERSION, parseNumberedSegments } from '../prompts/page-translate';
import { formalityLine } from '../prompts/formality';
import { termsPromptBlock } from '../prompts/terms';
import { keptSources, termsFor } from '../terms/terms-for';
import { cacheKey, type TranslationCache } from '../translate/cache';
import { DEFAULT_WORDING, type WordingSettings } from '../wording/schema';
import { BATCH_TOKEN_BUDGET, FIRST_BATCH_TOKEN_BUDGET, packBatches, splitBatch } from './batches';
import { EventChannel } from './event-channel';
import type { PageBlock, PageBlockEvent } from './messages';
import type { AdaptivePacer } from './pacer';

/** A 429 storm is waited out this many times per batch before the page shows an error. */
const MAX_RATE_LIMIT_WAITS = 8;

export interface BlockTranslationDeps {
  targetLanguage: LanguageCode;
  pickProvider: (request: GenerateRequest) => Promise<LlmProvider>;
  cache: Pick<TranslationCache, 'get' | 'put'>;
  pacer: AdaptivePacer;
  /** Page batches hold back while a request the user is watching has not started (the shared queue). */
  whenForegroundQuiet: () => Promise<void>;
  countTokens: (text: string) => number;
  /** The page's first request: its first batch is kept small, for the first translation on screen. */
  firstWave: boolean;
  /** The user's terms and registers (Options → Terms, formality and context); absent: none. */
  wording?: WordingSettings;
}

/** The terms and register one text is translated with: only the entries the text holds. */
function wordingFor(text: string, targetLanguage: LanguageCode, wording: WordingSettings) {
  const terms = termsFor(text, { source: undefined, target: targetLanguage }, wording);
  return { terms, formality: formalityLine(wording.formality, targetLanguage, 'reader') };
}

function batchRequest(batch: PageBlock[], targetLanguage: LanguageCode, wording: WordingSettings): GenerateRequest {
  const segments = batch.map((block) => block.text);
  const { terms, formality } = wordingFor(segments.join('\n'), targetLanguage, wording);
  return {
    feature: 'translate',
    messages: buildPageTranslateMessages({ segments, sourceLanguage: undefined, targetLanguage, terms: termsPromptBlock(terms), formality }),
    // The on-device translator reads this instead of the prompt; it keeps "[n]" line starts.
    translation: {
      text: segments.length === 1 ? (segments[0] ?? '') : numberSegments(segments),
      sourceLanguage: undefined,
      targetLanguage,
      keep: keptSources(terms),
    },
    priority: 'background',
  };
}

function errorData(error: unknown): ParleyErrorData {
  if (error instanceof ParleyError) return error.data;
  return { code: 'unknown', message: t('errorInternal'), action: 'retry' };
}

/** A block's terms and register change its answer, so they are part of its cache key (as for selections). */
function keyFor(text: string, targetLanguage: LanguageCode, providerLabel: string, wording: WordingSettings): Promise<string> {
  const { terms, formality } = wordingFor(text, targetLanguage, wording);
  const extras = terms.length > 0 || formality ? `:${JSON.stringify([terms, formality])}` : '';
  return cacheKey({ text, sourceLanguage: undefined, targetLanguage, providerLabel, promptVersion: `${PAGE_PROMPT_VERSION}${extras}` });
}

/**
 * Translates a page's blocks: each from the cache when it is there, the rest packed into
 * requests by a token budget, answered as numbered segments and mapped back by number. A batch
 * whose numbers do not match is split in two and retried (never shifted onto other blocks); a
 * 429 slows the page's pace and retries. Yields each block as its batch completes.
 */
export async function* translatePageBlocks(blocks: PageBlock[], deps: BlockTranslationDeps, signal: AbortSignal): AsyncGenerator<PageBlockEvent> {
  const { targetLanguage, pacer } = deps;
  const wording = deps.wording ?? DEFAULT_WORDING;
  const lookupLabel = (await deps.pickProvider(batchRequest(blocks.slice(0, 1), targetLanguage, wording))).label;
  // All lookups at once: one after the other they held the first request back by a few ms a block.
  const cached = await Promise.all(blocks.map(async (block) => deps.cache.get(await keyFor(block.text, targetLanguage, lookupLabel, wording))));
  const uncached: PageBlock[] = [];
  for (const [index, block] of blocks.entries()) {
    const translation = cached[index];
    if (translation === undefined) uncached.push(block);
    else yield { type: 'block', id: block.id, translation, fromCache: true };
  }
  const channel = new EventChannel<PageBlockEvent>();

  const runBatch = async (batch: PageBlock[], rateLimitWaits = 0): Promise<void> => {
    const release = await pacer.acquire(signal);
    let answer: { text: string; finishReason: string; promptTokens: number; completionTokens: number; label: string };
    try {
      await deps.whenForegroundQuiet();
      const request = batchRequest(batch, targetLanguage, wording);
      const provider = await deps.pickProvider(request);
      const completion = await provider.complete(request, signal);
      pacer.succeeded();
      const promptText = request.messages.map((message) => message.content).join('\n');
      answer = {
        text: completion.text,
        finishReason: completion.finishReason,
        promptTokens: completion.usage?.promptTokens ?? deps.countTokens(promptText),
        completionTokens: completion.usage?.completionTokens ?? deps.countTokens(completion.text),
        label: provider.label,
      };
    } catch (error) {
      release();
      if (signal.aborted) return;
      const data = errorData(error);
      if (data.code === 'rate-limited' && rateLimitWaits < MAX_RATE_LIMIT_WAITS) {
        pacer.rateLimited(data.retryAfterSeconds);
        return runBatch(batch, rateLimitWaits + 1);
      }
      channel.push({ type: 'failed', ids: batch.map((block) => block.id), error: data });
      return;
    }
    release();
    channel.push({ type: 'usage', promptTokens: answer.promptTokens, completionTokens: answer.completionTokens, blocks: batch.length });
    const segments = answer.finishReason === 'length' ? undefined : parseNumberedSegments(answer.text, batch.length);
    if (!segments) {
      if (batch.length > 1) {
        await Promise.all(splitBatch(batch).map((half) => runBatch(half)));
        return;
      }
      channel.push({ type: 'failed', ids: batch.map((block) => block.id), error: { code: 'bad-response', message: t('pageTranslateBadAnswer'), action: 'retry' } });
      return;
    }
    for (const [index, block] of batch.entries()) {
      const translation = segments[index] ?? '';
      await deps.cache.put(await keyFor(block.text, targetLanguage, answer.label, wording), translation);
      channel.push({ type: 'block', id: block.id, translation, fromCache: false });
    }
  };

  const batches = deps.firstWave ? packBatches(uncached, deps.countTokens, BATCH_TOKEN_BUDGET, FIRST_BATCH_TOKEN_BUDGET) : packBatches(uncached, deps.countTokens);
  const settled = batches.map((batch) =>
    runBatch(batch).catch((error: unknown) => channel.push({ type: 'failed', ids: batch.map((block) => block.id), error: errorData(error) })),
  );
  void Promise.all(settled).finally(() => channel.close());
  yield* channel.drain();
}
