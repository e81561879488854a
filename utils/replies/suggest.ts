import { browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { languageByCode } from '../languages/languages';
import type { LlmProvider } from '../llm/provider';
import { sendRequest } from '../messaging/request-client';
import { formalityLine } from '../prompts/formality';
import { buildRepliesPrompt } from '../prompts/replies';
import { termsFor } from '../terms/terms-for';
import { loadSettings } from '../settings/store';
import { detectThreadLanguage } from './detect-language';
import { updateJob, type Job } from './jobs';
import { learnedFor, measureLastInsertion } from './learning';
import { frameRead } from './messages';
import { parseLooseJson, toSuggestions } from './partial-json';
import type { ReplyControls, SuggestEvent } from './schema';
import { t } from '../i18n/t';

function languageOf(code: string): { code: string; name: string } {
  return { code, name: languageByCode(code)?.english ?? code };
}

async function correspondentOf(job: Job, sender: { name: string; email: string }): Promise<string> {
  if (sender.email) return sender.email.toLowerCase();
  if (sender.name) return sender.name;
  // The generic mode may know no sender: the site stands in for the correspondent.
  const tab = await browser.tabs.get(job.tabId).catch(() => undefined);
  return tab?.url && URL.canParse(tab.url) ? new URL(tab.url).hostname : 'unknown';
}

/**
 * Reads the conversation from the job's frame, asks for all replies in one JSON answer, and
 * yields what has been parsed each time it grows, so the first reply shows before the last.
 */
export async function* produceSuggestions(job: Job, controls: ReplyControls, provider: () => Promise<LlmProvider>, signal: AbortSignal): AsyncGenerator<SuggestEvent> {
  const conversation = await sendRequest(frameRead, { jobId: job.id }, { tabId: job.tabId, frameId: job.frameId });
  const latest = conversation.thread.messages.at(-1);
  if (!latest) throw parleyError('empty-input', t('repliesErrorNoMessage'));
  const correspondent = await correspondentOf(job, latest.sender);
  await updateJob({ ...job, correspondent });
  await measureLastInsertion(correspondent, conversation.ownText);

  const { settings } = await loadSettings();
  const userLanguage = settings.languages.mine;
  const threadLanguage = await detectThreadLanguage(latest.body, conversation.pageLanguage, userLanguage);
  yield { type: 'context', threadLanguage, userLanguage, correspondent };

  const messages = buildRepliesPrompt({
    conversation,
    controls,
    profile: settings.replies,
    threadLanguage: languageOf(threadLanguage),
    userLanguage: languageOf(userLanguage),
    learned: await learnedFor(correspondent),
    formality: formalityLine(settings.wording.formality, threadLanguage, 'correspondent'),
    terms: termsFor(latest.body, { source: threadLanguage, target: userLanguage }, settings.wording),
  });
  let text = '';
  let shown = '';
  for await (const part of (await provider()).stream({ feature: 'replies', messages, json: true }, signal)) {
    if (part.type !== 'text') continue;
    text += part.text;
    const suggestions = toSuggestions(parseLooseJson(text));
    const key = JSON.stringify(suggestions);
    if (key === shown) continue;
    shown = key;
    yield { type: 'partial', suggestions };
  }
  const suggestions = toSuggestions(parseLooseJson(text));
  if (!suggestions.replies.some((reply) => reply.text.trim())) {
    throw parleyError('bad-response', t('repliesErrorBadAnswer'), 'retry');
  }
  yield { type: 'done', suggestions };
}
