// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChatTab } from '../../../components/chat/ChatTab';
import { chatSaveDraft, chatSetCurrent } from '../../../utils/chat/messages';
import { getDraft } from '../../../utils/chat/queries';
import { NEW_CHAT_KEY } from '../../../utils/chat/schema';
import { createConversation, saveDraftText, setCurrentConversation } from '../../../utils/chat/store';

// The popup's chat against the real store (Dexie on fake-indexeddb); the background's answers to
// "open this chat" and "save this draft" are the store's own functions, the first held back as a
// busy worker would hold it.

afterEach(cleanup);

interface Envelope {
  type: string;
  payload: { conversationId?: string | null; key?: string; text?: string };
}

function answerAsTheBackground(switchHeld: Promise<void>): void {
  const answers: Record<string, (payload: Envelope['payload']) => Promise<void>> = {
    [chatSetCurrent.type]: async ({ conversationId }) => {
      await switchHeld;
      await setCurrentConversation(conversationId ?? null);
    },
    [chatSaveDraft.type]: ({ key, text }) => saveDraftText(key ?? '', text ?? ''),
  };
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    const { type, payload } = message as Envelope;
    const answer = answers[type];
    if (!answer) return false;
    void answer(payload).then(() => sendResponse({ ok: true, data: {} }));
    return true;
  });
}

function input(): HTMLTextAreaElement {
  return screen.getByLabelText<HTMLTextAreaElement>('Message');
}

describe('opening another chat', () => {
  it('what the user types right after "New chat" belongs to the new chat, even before the store has switched', async () => {
    const croissant = await createConversation({ title: 'Croissant in French', presetId: 'general', systemPrompt: '', model: null });
    await setCurrentConversation(croissant.id);
    await saveDraftText(NEW_CHAT_KEY, '');
    let releaseSwitch = () => {};
    answerAsTheBackground(new Promise<void>((resolve) => (releaseSwitch = resolve)));

    render(<ChatTab />);
    await screen.findByRole('heading', { name: 'Croissant in French' });
    fireEvent.click(screen.getByRole('button', { name: 'New chat' }));
    // The new chat shows at once: the old one's title is gone, and the input is its own.
    expect(screen.queryByRole('heading', { name: 'Croissant in French' })).toBeNull();
    fireEvent.change(input(), { target: { value: 'And bread rolls in German?' } });

    releaseSwitch();
    await expect.poll(async () => (await getDraft(NEW_CHAT_KEY))?.text).toBe('And bread rolls in German?');
    expect(input().value).toBe('And bread rolls in German?');
    expect((await getDraft(croissant.id))?.text ?? '').toBe('');
  });
});
