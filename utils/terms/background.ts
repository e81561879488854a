import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { handleRequest } from '../messaging/request-router';
import { updateSettings } from '../settings/store';
import { jobFor } from '../translate/jobs';
import { mergeTerms } from './list';
import { addTermFromBubble } from './messages';
import { MAX_TERMS } from './schema';

/** The terms list's background half: the bubble's "Add to terms" (the options page edits settings directly). */
export function registerTerms(): void {
  handleRequest(addTermFromBubble, async ({ jobId, entry }, sender) => {
    await jobFor(jobId, { tabId: sender.tab?.id, frameId: sender.frameId });
    const saved = await updateSettings((settings) => {
      const terms = mergeTerms(settings.wording.terms, [entry]);
      if (terms.length > MAX_TERMS) throw parleyError('bad-request', t('termsErrorListFull', String(MAX_TERMS)));
      return { ...settings, wording: { ...settings.wording, terms } };
    });
    return { count: saved.wording.terms.length };
  });
}
