import { useCallback, useEffect, useRef, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { t } from '../../utils/i18n/t';
import type { LanguageCode } from '../../utils/languages/languages';
import type { SavedDraft } from '../../utils/compose/launch';
import { writeInStream, type WriteInStart } from '../../utils/compose/messages';
import { streamFrom } from '../../utils/messaging/stream-client';

export interface WriteInState {
  status: 'idle' | 'streaming' | 'done' | 'error';
  targetLanguage: LanguageCode | undefined;
  backLanguage: LanguageCode | undefined;
  translation: string;
  backTranslation: string;
  providerLabel: string;
  error: ParleyErrorData | undefined;
}

const INITIAL: WriteInState = { status: 'idle', targetLanguage: undefined, backLanguage: undefined, translation: '', backTranslation: '', providerLabel: '', error: undefined };

function toErrorData(error: unknown): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: t('composeFailed'), action: 'retry' };
}

/** One stream per `run`; a new run cancels the one before. What arrived stays shown when a stream fails. */
export function useWriteIn() {
  const [state, setState] = useState<WriteInState>(INITIAL);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback((start: WriteInStart) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState((previous) => ({ ...INITIAL, targetLanguage: previous.targetLanguage, backLanguage: previous.backLanguage, status: 'streaming' }));
    void (async () => {
      try {
        for await (const event of streamFrom(writeInStream, start, current.signal)) {
          if (current.signal.aborted) return;
          if (event.type === 'start') setState((previous) => ({ ...previous, targetLanguage: event.targetLanguage, backLanguage: event.backLanguage, providerLabel: event.providerLabel }));
          else if (event.type === 'translation') setState((previous) => ({ ...previous, translation: previous.translation + event.text }));
          else setState((previous) => ({ ...previous, backTranslation: previous.backTranslation + event.text }));
        }
        if (!current.signal.aborted) setState((previous) => ({ ...previous, status: 'done' }));
      } catch (error) {
        if (!current.signal.aborted) setState((previous) => ({ ...previous, status: 'error', error: toErrorData(error) }));
      }
    })();
  }, []);

  /** A saved draft shown again: no request. */
  const show = useCallback((saved: SavedDraft) => {
    setState({ ...INITIAL, status: 'done', targetLanguage: saved.targetLanguage, backLanguage: saved.backLanguage, translation: saved.translation, backTranslation: saved.backTranslation });
  }, []);

  return { state, run, show };
}
