import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import type { LanguageCode } from '../../utils/languages/languages';
import type { TranslateEvent } from '../../utils/translate/messages';
import type { FallbackReason } from '../../utils/translate/device-fallback';
import type { CachedAnswer } from '../../utils/translate/launch';
import { t } from '../../utils/i18n/t';

export interface TranslationState {
  status: 'idle' | 'streaming' | 'done' | 'error';
  text: string;
  sourceLanguage: LanguageCode | null;
  targetLanguage: LanguageCode | undefined;
  providerLabel: string | undefined;
  /** Every piece came from the cache: shown so the user knows no request was made. */
  fromCache: boolean;
  /** The max-tokens limit stopped the answer: what shows is incomplete. */
  cut: boolean;
  /** The provider failed and the device translated instead: said beside the result. */
  fallbackReason: FallbackReason | undefined;
  error: ParleyErrorData | undefined;
}

const IDLE: TranslationState = {
  status: 'idle',
  text: '',
  sourceLanguage: null,
  targetLanguage: undefined,
  providerLabel: undefined,
  fromCache: false,
  cut: false,
  fallbackReason: undefined,
  error: undefined,
};

/** Shown beside a translation the provider stopped at the max-tokens limit (not an error code of its own). */
export function cutByMaxTokens(): ParleyErrorData {
  return { code: 'bad-response', message: t('translateCutByMaxTokens'), action: 'open-settings' };
}

function toErrorData(error: unknown): ParleyErrorData {
  if (error instanceof ParleyError) return error.data;
  return { code: 'unknown', message: t('translateFailedInternal'), action: 'retry' };
}

/** A whole translation the background found in its cache before the bubble opened. */
export function cachedAnswerState(answer: CachedAnswer): TranslationState {
  return { ...IDLE, status: 'done', text: answer.text, sourceLanguage: answer.sourceLanguage, targetLanguage: answer.targetLanguage, providerLabel: answer.providerLabel, fromCache: true };
}

/**
 * Runs one translation stream at a time; starting another cancels the one running. `initial`:
 * what shows before any stream (a cached answer, in the first paint).
 */
export function useTranslationStream(initial: TranslationState = IDLE) {
  const [state, setState] = useState<TranslationState>(initial);
  const running = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async (open: (signal: AbortSignal) => AsyncIterable<TranslateEvent>, onDone?: (text: string) => void) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ ...IDLE, status: 'streaming' });
    let allCached = true;
    let text = '';
    try {
      for await (const event of open(controller.signal)) {
        if (controller.signal.aborted) return;
        if (event.type === 'start') {
          setState((previous) => ({ ...previous, sourceLanguage: event.sourceLanguage, targetLanguage: event.targetLanguage, providerLabel: event.providerLabel }));
        } else if (event.type === 'cut') {
          setState((previous) => ({ ...previous, cut: true }));
        } else if (event.type === 'fallback') {
          setState((previous) => ({ ...previous, providerLabel: event.providerLabel, fallbackReason: event.reason }));
        } else {
          allCached &&= event.fromCache;
          const first = !text;
          text += event.text;
          const update = () => setState((previous) => ({ ...previous, text: previous.text + event.text, fromCache: allCached }));
          // The first words are put on the page now; React would render them a task later, and the
          // page is often still busy showing the bubble. Later pieces render in batches as usual.
          if (first) flushSync(update);
          else update();
        }
      }
      if (controller.signal.aborted) return;
      setState((previous) => ({ ...previous, status: 'done' }));
      onDone?.(text);
    } catch (error) {
      // What arrived before the failure stays on screen beside the message.
      if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: 'error', error: toErrorData(error) }));
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  useEffect(() => () => running.current?.abort(), []);
  return { state, run, cancel };
}
