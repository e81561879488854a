import { ParleyError } from '../errors/parley-error';
import { collectStream, type Completion, type GenerateRequest, type LlmProvider, type StreamPart } from '../llm/provider';
import type { BuiltinAvailability } from './browser-ai';
import { detectSourceLanguage } from './detect-source';
import { languageModelAvailability, promptLanguageModel } from './language-model';
import { createTranslator, translateText, translatorAvailability } from './translator';
import { protectTerms } from '../terms/protect';
import { modelUnsupported, sourceLanguageUnknown, translationUnsupported } from './unsupported';
import { t } from '../i18n/t';

export const BUILTIN_LABEL = 'On-device (Chrome)';
/** A pack already on the device loads in well under a second; a create() that hangs is not left to hang. */
const START_TIMEOUT_MS = 20_000;

/** What the built-in path would do with a request: serve it, or the error that says why not. */
export type BuiltinPlan =
  | { kind: 'translate'; sourceLanguage: string; targetLanguage: string; text: string; keep: string[] }
  | { kind: 'prompt' }
  | { kind: 'refuse'; error: ParleyError; availability: BuiltinAvailability };

/** Decides without downloading anything: only what is already on the device is served. */
export async function planBuiltin(request: GenerateRequest): Promise<BuiltinPlan> {
  if (request.translation) {
    const { text, targetLanguage } = request.translation;
    const sourceLanguage = request.translation.sourceLanguage ?? (await detectSourceLanguage(text));
    if (!sourceLanguage) return { kind: 'refuse', error: sourceLanguageUnknown(), availability: 'unavailable' };
    const availability = await translatorAvailability(sourceLanguage, targetLanguage);
    // create() without a user gesture never settles while a pack is missing (seen in Chromium 156),
    // so only a pack already on the device is used from here.
    if (availability !== 'available') {
      return { kind: 'refuse', error: translationUnsupported(sourceLanguage, targetLanguage, availability), availability };
    }
    return { kind: 'translate', sourceLanguage, targetLanguage, text, keep: request.translation.keep ?? [] };
  }
  const availability = await languageModelAvailability();
  if (availability !== 'available') return { kind: 'refuse', error: modelUnsupported(request.feature, availability), availability };
  return { kind: 'prompt' };
}

/** The browser's own models behind the same interface as the user's provider; no key, nothing leaves the device. */
export class BuiltinProvider implements LlmProvider {
  // Read at each use: it is shown in the UI language.
  get label(): string {
    return t('builtinProviderLabel');
  }

  async *stream(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const plan = await planBuiltin(request);
    if (plan.kind === 'refuse') throw plan.error;
    const pieces =
      plan.kind === 'translate' ? this.translate(plan, signal) : promptLanguageModel(request.messages, signal);
    try {
      for await (const text of pieces) yield { type: 'text', text };
    } catch (error) {
      throw toParleyError(error, signal);
    }
    // The Translator is not a language model: it counts no tokens, and none are billed. The page's
    // cost line would otherwise estimate the prompt it never read.
    yield plan.kind === 'translate' ? { type: 'finish', finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 } } : { type: 'finish', finishReason: 'stop' };
  }

  complete(request: GenerateRequest, signal: AbortSignal): Promise<Completion> {
    return collectStream(this.stream(request, signal));
  }

  /** One model, nothing to choose. */
  async listModels(): Promise<string[]> {
    return [BUILTIN_LABEL];
  }

  private async *translate(plan: Extract<BuiltinPlan, { kind: 'translate' }>, signal: AbortSignal): AsyncGenerator<string> {
    const { sourceLanguage, targetLanguage, text, keep } = plan;
    const translator = await createTranslator(sourceLanguage, targetLanguage, { signal: AbortSignal.any([signal, AbortSignal.timeout(START_TIMEOUT_MS)]) });
    try {
      // The Translator takes no instructions: "keep as is" terms go through as placeholders.
      const guarded = protectTerms(text, keep);
      if (guarded.text === text) {
        yield* translateText(translator, text, signal);
        return;
      }
      // Whole, not streamed: a placeholder split between two pieces could not be put back.
      let translated = '';
      for await (const piece of translateText(translator, guarded.text, signal)) translated += piece;
      yield guarded.restore(translated);
    } finally {
      translator.destroy?.();
    }
  }
}

function toParleyError(error: unknown, signal: AbortSignal): ParleyError {
  if (error instanceof ParleyError) return error;
  if (signal.aborted) return new ParleyError({ code: 'cancelled', message: t('errorStopped'), action: 'none' });
  const said = error instanceof Error && error.message ? ` ${t('errorChromeSaid', error.message)}` : '';
  return new ParleyError({
    code: 'unsupported',
    message: t('errorModelStopped', said),
    action: 'retry',
  });
}
