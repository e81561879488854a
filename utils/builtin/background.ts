import type { GenerateRequest } from '../llm/provider';
import { providerFor } from '../providers/registry';
import { handleRequest } from '../messaging/request-router';
import { languageModelAvailability } from './language-model';
import { builtinStatus, tryTranslation } from './messages';
import { englishLanguageName } from './pair';
import { translatorAvailability } from './translator';

const TRY_TIMEOUT_MS = 60_000;

function tryRequest(text: string, sourceLanguage: string, targetLanguage: string): GenerateRequest {
  return {
    feature: 'translate',
    // The user's own sample, quoted as data; only providers that read prompts see this part.
    messages: [
      {
        role: 'system',
        content: `Translate the text the user sends from ${englishLanguageName(sourceLanguage)} to ${englishLanguageName(targetLanguage)}. Reply with the translation only.`,
      },
      { role: 'user', content: text },
    ],
    translation: { text, sourceLanguage, targetLanguage },
  };
}

export function registerBuiltinHandlers(): void {
  handleRequest(builtinStatus, async ({ pairs }) => ({
    pairs: await Promise.all(
      pairs.map(async (pair) => ({ ...pair, availability: await translatorAvailability(pair.sourceLanguage, pair.targetLanguage) })),
    ),
    languageModel: await languageModelAvailability(),
  }));

  handleRequest(tryTranslation, async ({ text, sourceLanguage, targetLanguage }) => {
    const provider = await providerFor('translate');
    const completion = await provider.complete(tryRequest(text, sourceLanguage, targetLanguage), AbortSignal.timeout(TRY_TIMEOUT_MS));
    // Read after the request: with per-request routing the label names who served it.
    return { label: provider.label, text: completion.text };
  });
}
