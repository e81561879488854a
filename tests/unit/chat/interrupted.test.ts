import { beforeEach, describe, expect, it } from 'vitest';
import { chatDb } from '../../../utils/chat/db';
import { getMessages } from '../../../utils/chat/queries';
import { appendMessage, createConversation, markInterruptedMessages } from '../../../utils/chat/store';

async function conversationWithStreamingAnswer(title: string): Promise<string> {
  const conversation = await createConversation({ title, presetId: 'assistant', systemPrompt: '', model: null });
  await appendMessage(conversation.id, { role: 'user', content: title, reasoning: '', status: 'done', trimmedCount: 0 });
  await appendMessage(conversation.id, { role: 'assistant', content: 'Half an ans', reasoning: '', status: 'streaming', trimmedCount: 0 });
  return conversation.id;
}

describe('markInterruptedMessages', () => {
  beforeEach(async () => {
    await Promise.all(chatDb.tables.map((table) => table.clear()));
  });

  it('marks an answer nobody writes any more as interrupted, keeping its text and offering Retry', async () => {
    const id = await conversationWithStreamingAnswer('Orphaned');
    await markInterruptedMessages();
    const answer = (await getMessages(id)).at(-1);
    expect(answer).toMatchObject({ status: 'error', content: 'Half an ans', error: { code: 'stream-cut', action: 'retry' } });
    expect(answer?.error?.message).toContain('interrupted');
  });

  it('leaves alone an answer this worker is still writing', async () => {
    const live = await conversationWithStreamingAnswer('Still streaming');
    const orphaned = await conversationWithStreamingAnswer('Orphaned');
    await markInterruptedMessages((conversationId) => conversationId === live);
    expect((await getMessages(live)).at(-1)?.status).toBe('streaming');
    expect((await getMessages(orphaned)).at(-1)?.status).toBe('error');
  });
});
