import { useCallback, useState } from 'react';
import type { ChatEvent, ChatStart } from '../../utils/chat/messages';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { loadChatRuntime } from './load-chat-runtime';

export interface LiveAnswer {
  messageId: string;
  text: string;
  reasoning: string;
}

export interface StartOutcome {
  /** False when the background never began the turn: nothing was saved, the input must be restored. */
  started: boolean;
  error?: ParleyErrorData;
}

const START_FAILED = 'Parley could not start the answer. Retry; if it persists, reload the extension.';

function nextLive(current: LiveAnswer | null, event: ChatEvent): LiveAnswer | null {
  if (event.type === 'started') return { messageId: event.messageId, text: '', reasoning: '' };
  if (!current) return current;
  if (event.type === 'text') return { ...current, text: current.text + event.text };
  if (event.type === 'reasoning') return { ...current, reasoning: current.reasoning + event.text };
  return current;
}

/**
 * Starts answers in the background and follows them token by token while this page is open.
 * The store has the same text a moment later, so a page that closes and reopens loses nothing.
 */
export function useChatStream() {
  const [live, setLive] = useState<LiveAnswer | null>(null);

  const start = useCallback(async (payload: ChatStart): Promise<StartOutcome> => {
    const runtime = await loadChatRuntime();
    let current: LiveAnswer | null = null;
    try {
      for await (const event of runtime.streamChat(payload)) {
        current = nextLive(current, event);
        setLive(current);
      }
      return { started: current !== null };
    } catch (error) {
      // Once started, a failure is saved on the answer and shown there with Retry; when the worker
      // died mid-answer nobody saved it, so a fresh worker is asked to mark it interrupted.
      if (current !== null) void runtime.recoverInterrupted().catch(() => undefined);
      return { started: current !== null, error: runtime.errorDataOf(error, START_FAILED) };
    }
  }, []);

  const stop = useCallback(async (conversationId: string): Promise<void> => {
    await (await loadChatRuntime()).stopChat(conversationId);
  }, []);

  return { live, start, stop };
}
