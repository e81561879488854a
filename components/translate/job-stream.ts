import type { LanguageCode } from '../../utils/languages/languages';
import { streamFrom } from '../../utils/messaging/stream-client';
import { checkTranslatable } from '../../utils/translate/check';
import { translateJobStream, type TranslateEvent } from '../../utils/translate/messages';
import type { CapturedSelection } from '../../utils/translate/page-selection';
import { pageContextOf } from '../../utils/translate/selection-context';

export interface JobStreamOptions {
  targetLanguage?: LanguageCode;
  fresh?: boolean;
}

/** The bubble's translation of its job: the page's copy of the selection, with where it sits on the page. */
export function streamJob(jobId: string, captured: CapturedSelection, options: JobStreamOptions, signal: AbortSignal): AsyncIterable<TranslateEvent> {
  // A huge selection is refused here, before anything is sent (the message could not carry it anyway).
  if (captured.text) checkTranslatable(captured.text);
  const start = {
    jobId,
    targetLanguage: options.targetLanguage,
    pageLanguage: document.documentElement.lang.slice(0, 35) || undefined,
    selectedText: captured.text || undefined,
    fresh: options.fresh,
    pageContext: pageContextOf(captured),
  };
  return streamFrom(translateJobStream, start, signal);
}
