import { useState, type KeyboardEvent } from 'react';
import { chatSetCurrent, chatUpdateConversation, type ChatStart } from '../../utils/chat/messages';
import { getConversation, getCurrentConversationId, getDraft, getMessages, listUserPresets } from '../../utils/chat/queries';
import { NEW_CHAT_KEY, type QuotedContext } from '../../utils/chat/schema';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { builtInPreset, DEFAULT_PRESET_ID } from '../../utils/prompts/chat-presets';
import { ErrorNotice } from '../ui/ErrorNotice';
import './chat.css';
import { Composer } from './Composer';
import { ConversationSettings, type ConversationOptions } from './ConversationSettings';
import { HistoryPanel } from './HistoryPanel';
import { MessageList } from './MessageList';
import { PresetsPanel } from './PresetsPanel';
import { useChatStream } from './useChatStream';
import { useLiveQuery } from './useLiveQuery';
import { t } from '../../utils/i18n/t';

const NEW_CHAT_OPTIONS: ConversationOptions = {
  presetId: DEFAULT_PRESET_ID,
  systemPrompt: builtInPreset(DEFAULT_PRESET_ID)?.systemPrompt ?? '',
  model: null,
};

/** The chat: one conversation at a time, its history a click away; everything lives in the store. */
export function ChatTab() {
  const [view, setView] = useState<'chat' | 'history' | 'presets'>('chat');
  const [newChatOptions, setNewChatOptions] = useState(NEW_CHAT_OPTIONS);
  const [startError, setStartError] = useState<ParleyErrorData | null>(null);
  const { live, start, stop } = useChatStream();

  const currentId = useLiveQuery(getCurrentConversationId, []);
  const conversation = useLiveQuery(async () => (currentId ? ((await getConversation(currentId)) ?? null) : null), [currentId]);
  const messages = useLiveQuery(async () => (currentId ? getMessages(currentId) : []), [currentId]);
  const draftKey = currentId ?? NEW_CHAT_KEY;
  const draft = useLiveQuery(async () => (await getDraft(draftKey)) ?? null, [draftKey]);
  const userPresets = useLiveQuery(listUserPresets, []) ?? [];

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
    if (conversation) void sendRequest(chatUpdateConversation, { id: conversation.id, ...patch });
    else setNewChatOptions((previous) => ({ ...previous, ...patch }));
  };

  const openConversation = (id: string | null) => {
    setStartError(null);
    setView('chat');
    if (id === null) setNewChatOptions(NEW_CHAT_OPTIONS);
    void sendRequest(chatSetCurrent, { conversationId: id });
  };

  if (currentId === undefined) return <p className="muted">{t('chatLoading')}</p>;

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
      {view === 'history' && <HistoryPanel currentId={currentId} onOpen={openConversation} />}
      {view === 'presets' && <PresetsPanel />}
      {view === 'chat' && (
        <>
          <ConversationSettings options={options} userPresets={userPresets} onChange={changeOptions} />
          {conversation && <h1 className="chat-title">{conversation.title}</h1>}
          <MessageList
            messages={messages ?? []}
            live={live}
            busy={busy}
            onStop={() => conversation && void stop(conversation.id)}
            onRegenerate={() => conversation && void run({ action: 'regenerate', conversationId: conversation.id })}
            onEdit={(text) => conversation && void run({ action: 'edit', conversationId: conversation.id, text })}
          />
          {startError && <ErrorNotice error={startError} />}
          <Composer draftKey={draftKey} draft={draft} busy={busy} onSend={send} onStop={() => conversation && void stop(conversation.id)} />
        </>
      )}
    </div>
  );
}
