import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chatDb } from '../../../utils/chat/db';
import { pruneChatHistory } from '../../../utils/chat/retention';
import { createConversation, setCurrentConversation } from '../../../utils/chat/store';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12);

async function conversationLastTouched(title: string, daysAgo: number): Promise<string> {
  const conversation = await createConversation({ title, presetId: 'assistant', systemPrompt: '', model: null });
  await chatDb.conversations.update(conversation.id, { updatedAt: NOW - daysAgo * DAY_MS });
  return conversation.id;
}

async function titlesLeft(): Promise<string[]> {
  return (await chatDb.conversations.toArray()).map((conversation) => conversation.title).sort();
}

describe('chat history retention', () => {
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await Promise.all(chatDb.tables.map((table) => table.clear()));
    await conversationLastTouched('Last week', 7);
    await conversationLastTouched('Last quarter', 95);
  });

  it('keeps everything by default', async () => {
    await pruneChatHistory(NOW);
    expect(await titlesLeft()).toEqual(['Last quarter', 'Last week']);
  });

  it('drops conversations older than the days an organisation sets', async () => {
    await fakeBrowser.storage.managed.set({ chatHistoryDays: 30 });
    await pruneChatHistory(NOW);
    expect(await titlesLeft()).toEqual(['Last week']);
  });

  it('keeps none but the open one when history is off', async () => {
    const open = await conversationLastTouched('Open now', 0.01);
    await setCurrentConversation(open);
    await fakeBrowser.storage.managed.set({ chatHistoryDays: 0 });
    await pruneChatHistory(NOW);
    expect(await titlesLeft()).toEqual(['Open now']);
  });
});
