import type { QuotedContext } from '../../utils/chat/schema';
import { t } from '../../utils/i18n/t';

/** What was left out of a quote that did not fit, in the user's words ("the first 60 % of the page was sent"). */
export function sentNote(context: QuotedContext): string {
  if (context.sentPercent === undefined) return t('chatContextTruncated');
  if (context.kind === 'selection') return t('chatSentSelectionPart', context.sentPercent);
  return t(context.selectionFirst ? 'chatSentSelectionAndPagePart' : 'chatSentPagePart', context.sentPercent);
}
