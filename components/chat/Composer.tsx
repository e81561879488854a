import { useEffect, useRef, useState } from 'react';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import type { DraftRecord, QuotedContext } from '../../utils/chat/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { tNodes } from '../ui/t-nodes';
import { t } from '../../utils/i18n/t';
import { joinEarlyText } from './early-text';
import { loadChatRuntime, type ChatRuntime } from './load-chat-runtime';
import { sentNote } from './sent-note';

interface Props {
  /** Undefined until the store says which conversation is open. */
  draftKey: string | undefined;
  /** Null once loaded and empty; undefined while loading. */
  draft: DraftRecord | null | undefined;
  /** False until the conversation and the settings are known: a message sent before waits for them. */
  canSend: boolean;
  busy: boolean;
  onSend: (text: string, context: QuotedContext | undefined) => Promise<boolean>;
  onStop: () => void;
}

/**
 * The input: its text is saved as a draft at each change, so closing the popup loses nothing.
 * It takes text at once, before the store is read: what was typed meanwhile joins the saved draft.
 */
export function Composer({ draftKey, draft, canSend, busy, onSend, onStop }: Props) {
  const [text, setText] = useState('');
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  // The chat can change under a loaded input (a new chat's first message makes it a conversation;
  // another window opens one): what the input held then tells what was typed for the next chat.
  const [heldKey, setHeldKey] = useState(draftKey);
  const [textAtChange, setTextAtChange] = useState('');
  // Each load that joined typed text to the saved draft counts one; the effect below saves each once.
  const [joins, setJoins] = useState(0);
  const savedJoins = useRef(0);
  const [error, setError] = useState<ParleyErrorData | null>(null);
  const [reading, setReading] = useState(false);
  const sendWaiting = useRef(false);
  const saving = useRef<{ inFlight: boolean; next: { key: string; text: string } | null }>({ inFlight: false, next: null });
  const loadedRuntime = useRef<ChatRuntime | undefined>(undefined);
  const ready = canSend && draftKey !== undefined && draft !== undefined && loadedKey === draftKey;

  // The saved draft fills the input once per chat, when it has loaded; after that the input leads.
  // Text typed before it loaded is kept after it (and saved with it below).
  if (draftKey !== heldKey) {
    setHeldKey(draftKey);
    // While no chat's draft is in the input, everything in it was typed for the next one.
    if (heldKey !== undefined && heldKey === loadedKey) setTextAtChange(text);
  } else if (draftKey !== undefined && draft !== undefined && loadedKey !== draftKey) {
    const typed = text === textAtChange ? '' : text;
    setLoadedKey(draftKey);
    setText(joinEarlyText(draft?.text ?? '', typed));
    if (typed !== '') setJoins(joins + 1);
  }

  // Latest text wins; at most one save in flight. Each text goes to the chat it was typed in.
  const saveDraft = (value: string) => {
    if (draftKey === undefined || loadedKey !== draftKey) return; // saved with the draft once it is read (below)
    const state = saving.current;
    state.next = { key: draftKey, text: value };
    if (state.inFlight) return;
    const loop = async () => {
      state.inFlight = true;
      while (state.next !== null) {
        const current = state.next;
        state.next = null;
        await loadChatRuntime()
          .then((runtime) => ((loadedRuntime.current = runtime), runtime.saveDraft(current.key, current.text)))
          .catch(() => undefined);
      }
      state.inFlight = false;
    };
    void loop();
  };

  // The popup closing while a save is on its way: the text typed since is sent now, in this task,
  // as the page goes; queued behind that save, it would wait for an answer the closed page never gets.
  useEffect(() => {
    const sendWhatIsQueued = () => {
      const state = saving.current;
      const runtime = loadedRuntime.current;
      if (state.next === null || !runtime) return;
      const last = state.next;
      state.next = null;
      runtime.saveDraft(last.key, last.text).catch(() => undefined);
    };
    window.addEventListener('pagehide', sendWhatIsQueued);
    return () => window.removeEventListener('pagehide', sendWhatIsQueued);
  }, []);

  const change = (value: string) => {
    setText(value);
    saveDraft(value);
  };

  // Text typed before the draft was read is saved, joined to it, once the draft is read.
  useEffect(() => {
    if (savedJoins.current === joins) return;
    savedJoins.current = joins;
    saveDraft(text);
  });

  const attach = async (what: 'selection' | 'page') => {
    if (draftKey === undefined) return;
    setError(null);
    setReading(true);
    const runtime = await loadChatRuntime();
    try {
      await runtime.attachQuote(draftKey, what);
    } catch (caught) {
      setError(runtime.readPageErrorOf(caught));
    } finally {
      setReading(false);
    }
  };

  const context = draft?.context;
  const send = async () => {
    if (busy || (!text.trim() && !context)) return;
    if (!ready) {
      sendWaiting.current = true;
      return;
    }
    const sent = text;
    setText('');
    saveDraft('');
    if (await onSend(sent, context)) return;
    // Nothing was saved by the background: the text goes back where the user left it.
    setText(sent);
    saveDraft(sent);
  };

  // Enter pressed before the conversation and settings were known: send now that they are.
  useEffect(() => {
    if (!sendWaiting.current || !ready) return;
    sendWaiting.current = false;
    void send();
  });

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
          <button type="button" className="small" onClick={() => draftKey !== undefined && void loadChatRuntime().then((runtime) => runtime.removeDraftContext(draftKey))}>
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
        <button type="button" className="small" disabled={reading || draftKey === undefined} onClick={() => void attach('selection')}>
          {t('chatAskSelection')}
        </button>
        <button type="button" className="small" disabled={reading || draftKey === undefined} onClick={() => void attach('page')}>
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
