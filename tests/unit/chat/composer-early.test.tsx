// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Composer } from '../../../components/chat/Composer';
import type { DraftRecord } from '../../../utils/chat/schema';

// The chat input takes text before the popup has read the chat store and the settings
// (components/chat/ChatTab.tsx passes draftKey, draft and canSend as they arrive).

afterEach(cleanup);

const noStop = () => undefined;

/** What the composer asks the background through the browser's messaging. */
function recordMessages(): Array<{ type: string; payload: unknown }> {
  const sent: Array<{ type: string; payload: unknown }> = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message as { type: string; payload: unknown });
  });
  return sent;
}

function input(): HTMLTextAreaElement {
  return screen.getByLabelText<HTMLTextAreaElement>('Message');
}

describe('the chat input before the store is read', () => {
  it('is enabled at once, and what was typed is kept after the saved draft and saved with it', async () => {
    const sent = recordMessages();
    const onSend = vi.fn(async () => true);
    const { rerender } = render(<Composer draftKey={undefined} draft={undefined} canSend={false} busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().disabled).toBe(false);
    fireEvent.change(input(), { target: { value: 'bitte bestätigen Sie den Termin.' } });
    // Nothing to save to yet: the draft's key is not known.
    expect(sent).toEqual([]);

    const draft: DraftRecord = { key: 'new', text: 'Liebe Frau Keller,', updatedAt: 1 };
    rerender(<Composer draftKey="new" draft={draft} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('Liebe Frau Keller,\nbitte bestätigen Sie den Termin.');
    await waitFor(() => expect(sent.map((message) => message.payload)).toContainEqual({ key: 'new', text: 'Liebe Frau Keller,\nbitte bestätigen Sie den Termin.' }));
    expect(onSend).not.toHaveBeenCalled();
  });

  it('holds Enter until the conversation and the settings are known, then sends the whole text once', async () => {
    recordMessages();
    const onSend = vi.fn(async () => true);
    const { rerender } = render(<Composer draftKey={undefined} draft={undefined} canSend={false} busy={false} onSend={onSend} onStop={noStop} />);
    fireEvent.change(input(), { target: { value: 'Quelle heure est-il à Tokyo ?' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();

    // The store is read (no saved draft) but the settings are not yet: still waiting.
    rerender(<Composer draftKey="new" draft={null} canSend={false} busy={false} onSend={onSend} onStop={noStop} />);
    expect(onSend).not.toHaveBeenCalled();
    expect(input().value).toBe('Quelle heure est-il à Tokyo ?');

    rerender(<Composer draftKey="new" draft={null} canSend busy={false} onSend={onSend} onStop={noStop} />);
    await waitFor(() => expect(onSend).toHaveBeenCalledTimes(1));
    expect(onSend).toHaveBeenCalledWith('Quelle heure est-il à Tokyo ?', undefined);
    expect(input().value).toBe('');
  });

  it('fills in the saved draft as before when nothing was typed early', () => {
    const onSend = vi.fn(async () => true);
    const { rerender } = render(<Composer draftKey={undefined} draft={undefined} canSend={false} busy={false} onSend={onSend} onStop={noStop} />);
    rerender(<Composer draftKey="c1" draft={{ key: 'c1', text: 'Draft from yesterday', updatedAt: 1 }} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('Draft from yesterday');
  });
});

describe('the chat input when the chat changes under it', () => {
  const loaded = (key: string, text: string): DraftRecord => ({ key, text, updatedAt: 1 });

  it('keeps what was typed after a new chat became a conversation, and saves it to the conversation', async () => {
    const sent = recordMessages();
    const onSend = vi.fn(async () => true);
    const { rerender } = render(<Composer draftKey="new" draft={null} canSend busy={false} onSend={onSend} onStop={noStop} />);
    // The first message is sent (the input empties); the store then names the new conversation.
    rerender(<Composer draftKey="c7" draft={undefined} canSend busy={false} onSend={onSend} onStop={noStop} />);
    fireEvent.change(input(), { target: { value: 'and in Italian?' } });
    rerender(<Composer draftKey="c7" draft={null} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('and in Italian?');
    await waitFor(() => expect(sent.map((message) => message.payload)).toContainEqual({ key: 'c7', text: 'and in Italian?' }));
    expect(sent.map((message) => message.payload)).not.toContainEqual({ key: 'new', text: 'and in Italian?' });
  });

  it('shows the next chat’s saved draft when nothing was typed meanwhile, and saves nothing for it', async () => {
    const sent = recordMessages();
    const onSend = vi.fn(async () => true);
    const { rerender } = render(<Composer draftKey="c1" draft={loaded('c1', 'half a thought')} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('half a thought');
    rerender(<Composer draftKey="c2" draft={undefined} canSend busy={false} onSend={onSend} onStop={noStop} />);
    rerender(<Composer draftKey="c2" draft={loaded('c2', 'Dear Mr Rossi,')} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('Dear Mr Rossi,');
    fireEvent.change(input(), { target: { value: 'Dear Mr Rossi, thanks' } });
    await waitFor(() => expect(sent.map((message) => message.payload)).toContainEqual({ key: 'c2', text: 'Dear Mr Rossi, thanks' }));
    expect(sent.filter((message) => (message.payload as { key?: string }).key === 'c1')).toEqual([]);
  });

  it('a mounted input for a chat not yet read joins what was typed to its saved draft, and saves it there once', async () => {
    const sent = recordMessages();
    const onSend = vi.fn(async () => true);
    // ChatTab mounts a fresh input when the user opens a chat, with its key before its draft is read.
    const { rerender } = render(<Composer draftKey="c3" draft={undefined} canSend busy={false} onSend={onSend} onStop={noStop} />);
    fireEvent.change(input(), { target: { value: 'one more question' } });
    expect(sent).toEqual([]);
    rerender(<Composer draftKey="c3" draft={loaded('c3', 'Earlier draft')} canSend busy={false} onSend={onSend} onStop={noStop} />);
    expect(input().value).toBe('Earlier draft\none more question');
    await waitFor(() => expect(sent.map((message) => message.payload)).toContainEqual({ key: 'c3', text: 'Earlier draft\none more question' }));
    expect(sent.filter((message) => (message.payload as { key?: string }).key === 'c3')).toHaveLength(1);
  });
});

