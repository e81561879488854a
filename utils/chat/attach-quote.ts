import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { builtInPreset, DEFAULT_PRESET_ID } from '../prompts/chat-presets';
import { loadSettings } from '../settings/store';
import { fitQuote, quoteBudget } from './fit-quote';
import { getConversation } from './queries';
import { NEW_CHAT_KEY, type PageQuote, type QuotedContext } from './schema';
import { setDraftContext } from './store';
import { loadTokenEstimator } from './tokenizer';

/** The model and system prompt the next answer in this draft's conversation will use. */
async function targetOf(draftKey: string): Promise<{ model: string; systemPrompt: string; maxTokens: number | null }> {
  const { settings } = await loadSettings();
  const conversation = draftKey === NEW_CHAT_KEY ? undefined : await getConversation(draftKey);
  return {
    model: conversation?.model ?? settings.provider.model,
    systemPrompt: conversation?.systemPrompt ?? builtInPreset(DEFAULT_PRESET_ID)?.systemPrompt ?? '',
    maxTokens: settings.generation.chat.maxTokens,
  };
}

/**
 * Puts what the user quoted into the draft, fitted to the model the answer will come from: a
 * long page is sent in part (and the chip says how much) instead of refused at Send.
 */
export async function attachQuote(draftKey: string, quote: PageQuote): Promise<QuotedContext> {
  const { model, systemPrompt, maxTokens } = await targetOf(draftKey);
  const { estimateTokens } = await loadTokenEstimator();
  const budget = quoteBudget(model, maxTokens, estimateTokens(systemPrompt));
  const context = fitQuote(quote, budget, estimateTokens);
  if (!context.text) throw parleyError('too-long', t('chatErrorNoRoomForQuote', model), 'none');
  await setDraftContext(draftKey, context);
  return context;
}
