import { useCallback, useEffect, useRef, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { streamFrom } from '../../utils/messaging/stream-client';
import { suggestReplies } from '../../utils/replies/messages';
import type { ReplyControls, Suggestions } from '../../utils/replies/schema';
import { t } from '../../utils/i18n/t';

export interface SuggestionState {
  status: 'idle' | 'streaming' | 'done' | 'error';
  threadLanguage: string;
  userLanguage: string;
  suggestions: Suggestions;
  error: ParleyErrorData | undefined;
}

const EMPTY: Suggestions = { reading: '', translation: '', replies: [] };
const INITIAL: SuggestionState = { status: 'idle', threadLanguage: '', userLanguage: '', suggestions: EMPTY, error: undefined };

function toErrorData(error: unknown): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: t('repliesSuggestFailed'), action: 'retry' };
}

/** One request per call of `run`; a new run cancels the one before. What arrived stays shown when a stream fails. */
export function useSuggestions(jobId: string): { state: SuggestionState; run: (controls: ReplyControls) => void } {
  const [state, setState] = useState<SuggestionState>(INITIAL);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    (controls: ReplyControls) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState((previous) => ({ ...previous, status: 'streaming', error: undefined, suggestions: EMPTY }));
      void (async () => {
        try {
          for await (const event of streamFrom(suggestReplies, { jobId, controls }, current.signal)) {
            if (current.signal.aborted) return;
            if (event.type === 'context') setState((previous) => ({ ...previous, threadLanguage: event.threadLanguage, userLanguage: event.userLanguage }));
            else setState((previous) => ({ ...previous, suggestions: event.suggestions, status: event.type === 'done' ? 'done' : 'streaming' }));
          }
        } catch (error) {
          if (!current.signal.aborted) setState((previous) => ({ ...previous, status: 'error', error: toErrorData(error) }));
        }
      })();
    },
    [jobId],
  );

  return { state, run };
}
