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
