import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { languageByCode } from '../languages/languages';
import { sendRequest } from '../messaging/request-client';
import { senderTrust } from '../messaging/sender';
import { handleStream } from '../messaging/stream-router';
import { formalityLine } from '../prompts/formality';
import { buildWriteOwnMessages } from '../prompts/write-own';
import { providerFor } from '../providers/registry';
import { detectThreadLanguage } from '../replies/detect-language';
import { jobFor } from '../replies/jobs';
import { frameRead } from '../replies/messages';
import { parseLooseJson, toSuggestions } from '../replies/partial-json';
import { loadSettings } from '../settings/store';
import { writeOwnReply } from './messages';

function languageOf(code: string): { code: string; name: string } {
  return { code, name: languageByCode(code)?.english ?? code };
}

/** The reply panel's fourth card: the user's own words as a reply in the thread's language, for a reply job the user opened. */
export function registerOwnReply(): void {
  handleStream(writeOwnReply, async function* ({ jobId, wish, controls }, { signal, sender }) {
    const job = await jobFor(jobId, sender, senderTrust(sender) === 'extension');
    const conversation = await sendRequest(frameRead, { jobId: job.id }, { tabId: job.tabId, frameId: job.frameId });
    const latest = conversation.thread.messages.at(-1);
    if (!latest) throw parleyError('empty-input', t('repliesErrorNoMessage'));
    const { settings } = await loadSettings();
    const userLanguage = settings.languages.mine;
    const threadLanguage = await detectThreadLanguage(latest.body, conversation.pageLanguage, userLanguage);
    const messages = buildWriteOwnMessages({
      conversation,
      wish,
      controls,
      profile: settings.replies,
      threadLanguage: languageOf(threadLanguage),
      userLanguage: languageOf(userLanguage),
      formality: formalityLine(settings.wording.formality, threadLanguage, 'correspondent'),
    });
    let text = '';
    for await (const part of (await providerFor('replies')).stream({ feature: 'replies', messages, json: true }, signal)) {
      if (part.type !== 'text') continue;
      text += part.text;
      yield { type: 'partial', suggestions: toSuggestions(parseLooseJson(text)) };
    }
    const suggestions = toSuggestions(parseLooseJson(text));
    if (!suggestions.replies.some((reply) => reply.text.trim())) throw parleyError('bad-response', t('repliesErrorBadAnswer'), 'retry');
    yield { type: 'done', suggestions };
  });
}
