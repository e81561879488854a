import { Suspense, useState, type KeyboardEvent } from 'react';
import type { ChatStart } from '../../utils/chat/messages';
import { NEW_CHAT_KEY } from '../../utils/chat/keys';
import type { QuotedContext } from '../../utils/chat/schema';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { builtInPreset, DEFAULT_PRESET_ID } from '../../utils/prompts/chat-presets';
import { ErrorNotice } from '../ui/ErrorNotice';
import './chat.css';
import { Composer } from './Composer';
import { ConversationSettings, type ConversationOptions } from './ConversationSettings';
import { HistoryPanel, MessageList, PresetsPanel } from './lazy-parts';
import { loadChatRuntime } from './load-chat-runtime';
import { useChatStream } from './useChatStream';
import { useLiveQuery } from './useLiveQuery';
import { t } from '../../utils/i18n/t';

const NEW_CHAT_OPTIONS: ConversationOptions = {
  presetId: DEFAULT_PRESET_ID,
  systemPrompt: builtInPreset(DEFAULT_PRESET_ID)?.systemPrompt ?? '',
  model: null,
};

/** A chat the user asked for, shown before the store says it is current. */
interface Opening {
  id: string | null;
  /** What the store said when the user asked. */
  from: string | null | undefined;
  /** The store has taken it. */
  stored: boolean;
}

interface Props {
  /** False while the popup has not read the settings yet: what the user sends waits for them. */
  settingsRead?: boolean;
}

/**
 * The chat: one conversation at a time, its history a click away; everything lives in the store.
 * The input is on screen and takes text before the store is read (see Composer).
 */
export function ChatTab({ settingsRead = true }: Props) {
  const [view, setView] = useState<'chat' | 'history' | 'presets'>('chat');
  const [newChatOptions, setNewChatOptions] = useState(NEW_CHAT_OPTIONS);
  const [startError, setStartError] = useState<ParleyErrorData | null>(null);
  const { live, start, stop } = useChatStream();

  // A chat the user opens shows at once, before the store says it is current: what they type
  // next belongs to it (and the input starts afresh for it), not to the chat they left.
  const [opening, setOpening] = useState<Opening>();
  const [composerGeneration, setComposerGeneration] = useState(0);
  const storedId = useLiveQuery((store) => store.getCurrentConversationId(), []);
  // Done when the store shows it, or, once the store took it, shows another window's choice since.
  if (opening && (storedId === opening.id || (opening.stored && storedId !== opening.from))) setOpening(undefined);
  const currentId = opening ? opening.id : storedId;
  const conversation = useLiveQuery(async (store) => (currentId ? ((await store.getConversation(currentId)) ?? null) : null), [currentId]);
  const messages = useLiveQuery(async (store) => (currentId ? store.getMessages(currentId) : []), [currentId]);
  const draftKey = currentId === undefined ? undefined : (currentId ?? NEW_CHAT_KEY);
  const draft = useLiveQuery(async (store) => (draftKey === undefined ? undefined : ((await store.getDraft(draftKey)) ?? null)), [draftKey]);
  const userPresets = useLiveQuery((store) => store.listUserPresets(), []) ?? [];
  // The store is read: which conversation a message goes to, and its options, are known.
  const storeRead = currentId !== undefined && (currentId === null || conversation !== undefined);

  const options: ConversationOptions = conversation ?? newChatOptions;
  const busy = messages?.some((message) => message.status === 'streaming') ?? false;

  const run = async (payload: ChatStart): Promise<boolean> => {
    setStartError(null);
    const outcome = await start(payload);
    if (!outcome.started && outcome.error) setStartError(outcome.error);
    return outcome.started;
  };

  const send = (text: string, context: QuotedContext | undefined) =>
    run({ action: 'send', conversationId: conversation?.id ?? null, newConversation: newChatOptions, text, ...(context ? { context } : {}) });

  const changeOptions = (patch: Partial<ConversationOptions>) => {
    if (conversation) void loadChatRuntime().then((runtime) => runtime.updateConversation(conversation.id, patch));
    else setNewChatOptions((previous) => ({ ...previous, ...patch }));
  };

  const openConversation = (id: string | null) => {
    setStartError(null);
    setView('chat');
    if (id === null) setNewChatOptions(NEW_CHAT_OPTIONS);
    if (id === currentId) return;
    const request: Opening = { id, from: storedId, stored: false };
    setOpening(request);
    setComposerGeneration((generation) => generation + 1);
    void loadChatRuntime()
      .then((runtime) => runtime.setCurrentConversation(id))
      .then(
        () => setOpening((pending) => (pending === request ? { ...request, stored: true } : pending)),
        () => setOpening((pending) => (pending === request ? undefined : pending)),
      );
  };

  // Esc leaves History or Presets for the conversation, as it closes Parley's other panels.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || view === 'chat') return;
    event.preventDefault();
    setView('chat');
  };

  return (
    <div className="chat" onKeyDown={onKeyDown}>
      <div className="chat-toolbar">
        <button type="button" className="small" onClick={() => openConversation(null)}>
          {t('chatNew')}
        </button>
        <button type="button" className="small" aria-pressed={view === 'history'} onClick={() => setView(view === 'history' ? 'chat' : 'history')}>
          {t('chatHistory')}
        </button>
        <button type="button" className="small" aria-pressed={view === 'presets'} onClick={() => setView(view === 'presets' ? 'chat' : 'presets')}>
          {t('chatPresets')}
        </button>
      </div>
      <Suspense fallback={<p className="muted">{t('chatLoading')}</p>}>
        {view === 'history' && <HistoryPanel currentId={currentId ?? null} onOpen={openConversation} />}
        {view === 'presets' && <PresetsPanel />}
      </Suspense>
      {view === 'chat' && (
        <>
          {storeRead && (
            <>
              <ConversationSettings options={options} userPresets={userPresets} onChange={changeOptions} />
              {conversation && <h1 className="chat-title">{conversation.title}</h1>}
              <Suspense fallback={null}>
                <MessageList
                  messages={messages ?? []}
                  live={live}
                  busy={busy}
                  onStop={() => conversation && void stop(conversation.id)}
                  onRegenerate={() => conversation && void run({ action: 'regenerate', conversationId: conversation.id })}
                  onEdit={(text) => conversation && void run({ action: 'edit', conversationId: conversation.id, text })}
                />
              </Suspense>
            </>
          )}
          {startError && <ErrorNotice error={startError} />}
          <Composer
            key={composerGeneration}
            draftKey={draftKey}
            draft={draft}
            canSend={storeRead && settingsRead}
            busy={busy}
            onSend={send}
            onStop={() => conversation && void stop(conversation.id)}
          />
        </>
      )}
    </div>
  );
}
