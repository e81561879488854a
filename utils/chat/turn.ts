import { parleyError } from '../errors/parley-error';
import { builtInPreset, DEFAULT_PRESET_ID } from '../prompts/chat-presets';
import type { ChatStart } from './messages';
import { getConversation, getMessages } from './queries';
import { NEW_CHAT_KEY, type ConversationRecord, type MessageRecord } from './schema';
import {
  appendMessage,
  clearDraft,
  createConversation,
  deleteMessagesAfter,
  setCurrentConversation,
  titleFrom,
  updateMessage,
} from './store';
import { t } from '../i18n/t';

export interface PreparedTurn {
  conversation: ConversationRecord;
  /** The messages the answer responds to, oldest first, ending with the user's turn. */
  history: MessageRecord[];
  assistant: MessageRecord;
}

function noConversation(): Error {
  return parleyError('bad-request', t('chatErrorGone'), 'none');
}

async function conversationFor(start: ChatStart): Promise<ConversationRecord> {
  if (start.action === 'send' && start.conversationId === null) {
    const options = start.newConversation;
    const conversation = await createConversation({
      title: titleFrom(start.text || start.context?.title || ''),
      presetId: options.presetId || DEFAULT_PRESET_ID,
      systemPrompt: options.systemPrompt || builtInPreset(DEFAULT_PRESET_ID)?.systemPrompt || '',
      model: options.model || null,
    });
    await setCurrentConversation(conversation.id);
    await clearDraft(NEW_CHAT_KEY);
    return conversation;
  }
  const conversation = start.conversationId ? await getConversation(start.conversationId) : undefined;
  if (!conversation) throw noConversation();
  return conversation;
}

/** Writes the user's side of the turn and an empty answer to stream into; nothing is lost if what follows fails. */
export async function prepareTurn(start: ChatStart): Promise<PreparedTurn> {
  const conversation = await conversationFor(start);
  let messages = await getMessages(conversation.id);
  if (start.action === 'send') {
    await appendMessage(conversation.id, {
      role: 'user',
      content: start.text,
      reasoning: '',
      ...(start.context ? { context: start.context } : {}),
      status: 'done',
      trimmedCount: 0,
    });
    if (start.conversationId !== null) await clearDraft(conversation.id);
  } else {
    const lastUser = messages.findLast((message) => message.role === 'user');
    if (!lastUser) throw parleyError('bad-request', t('chatErrorNoQuestion'), 'none');
    await deleteMessagesAfter(conversation.id, lastUser.seq);
    if (start.action === 'edit') await updateMessage(lastUser.id, { content: start.text });
  }
  messages = await getMessages(conversation.id);
  const assistant = await appendMessage(conversation.id, {
    role: 'assistant',
    content: '',
    reasoning: '',
    status: 'streaming',
    model: conversation.model ?? undefined,
    trimmedCount: 0,
  });
  return { conversation, history: messages, assistant };
}
