import { useRef, useState } from 'react';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { ParleyError } from '../../utils/errors/parley-error';
import { chatAttachQuote, chatSaveDraft, chatSetDraftContext } from '../../utils/chat/messages';
import { readPageQuote, readSelectionQuote } from '../../utils/chat/page-context';
import type { DraftRecord, PageQuote, QuotedContext } from '../../utils/chat/schema';
import { sendRequest } from '../../utils/messaging/request-client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { tNodes } from '../ui/t-nodes';
import { t } from '../../utils/i18n/t';
import { sentNote } from './sent-note';

interface Props {
  draftKey: string;
  /** Null once loaded and empty; undefined while loading. */
  draft: DraftRecord | null | undefined;
  busy: boolean;
  onSend: (text: string, context: QuotedContext | undefined) => Promise<boolean>;
  onStop: () => void;
}

function asErrorData(error: unknown): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: t('chatReadPageFailed'), action: 'none' };
}

/** The input: its text is saved as a draft at each change, so closing the popup loses nothing. */
export function Composer({ draftKey, draft, busy, onSend, onStop }: Props) {
  const [text, setText] = useState('');
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [error, setError] = useState<ParleyErrorData | null>(null);
  const [reading, setReading] = useState(false);
  const saving = useRef<{ inFlight: boolean; next: string | null }>({ inFlight: false, next: null });

  // The saved draft fills the input once per chat, when it has loaded; after that the input leads.
  if (draft !== undefined && loadedKey !== draftKey) {
    setLoadedKey(draftKey);
    setText(draft?.text ?? '');
  }

  // Latest text wins; at most one save in flight.
  const saveDraft = (value: string) => {
    const state = saving.current;
    state.next = value;
    if (state.inFlight) return;
    const loop = async () => {
      state.inFlight = true;
      while (state.next !== null) {
        const current = state.next;
        state.next = null;
        await sendRequest(chatSaveDraft, { key: draftKey, text: current }).catch(() => undefined);
      }
      state.inFlight = false;
    };
    void loop();
  };

  const change = (value: string) => {
    setText(value);
    saveDraft(value);
  };

  const attach = async (read: () => Promise<PageQuote>) => {
    setError(null);
    setReading(true);
    try {
      await sendRequest(chatAttachQuote, { key: draftKey, quote: await read() });
    } catch (caught) {
      setError(asErrorData(caught));
    } finally {
      setReading(false);
    }
  };

  const context = draft?.context;
  const send = async () => {
    if (busy || (!text.trim() && !context)) return;
    const sent = text;
    setText('');
    saveDraft('');
    if (await onSend(sent, context)) return;
    // Nothing was saved by the background: the text goes back where the user left it.
    setText(sent);
    saveDraft(sent);
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {context && (
        <div className="context-chip" data-testid="context-chip">
          <span>
            {tNodes(context.kind === 'selection' ? 'chatAskingSelection' : 'chatAskingPage', [<strong key="title">{context.title || context.url}</strong>])}
            {context.truncated && ` ${sentNote(context)}`}
          </span>
          <button type="button" className="small" onClick={() => void sendRequest(chatSetDraftContext, { key: draftKey, context: null })}>
            {t('chatRemoveContext')}
          </button>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <textarea
        aria-label={t('chatMessageLabel')}
        placeholder={t('chatPlaceholder')}
        rows={3}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <div className="composer-actions">
        <button type="button" className="small" disabled={reading} onClick={() => void attach(readSelectionQuote)}>
          {t('chatAskSelection')}
        </button>
        <button type="button" className="small" disabled={reading} onClick={() => void attach(readPageQuote)}>
          {t('chatAskPage')}
        </button>
        {busy ? (
          <button type="button" onClick={onStop}>
            {t('chatStop')}
          </button>
        ) : (
          <button type="submit" className="primary" disabled={!text.trim() && !context}>
            {t('chatSend')}
          </button>
        )}
      </div>
    </form>
  );
}
