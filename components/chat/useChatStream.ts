import { useCallback, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { chatGenerate, chatRecoverInterrupted, chatStop, type ChatEvent, type ChatStart } from '../../utils/chat/messages';
import { sendRequest } from '../../utils/messaging/request-client';
import { streamFrom } from '../../utils/messaging/stream-client';

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

function errorData(error: unknown): ParleyErrorData {
  if (error instanceof ParleyError) return error.data;
  return { code: 'unknown', message: 'Parley could not start the answer. Retry; if it persists, reload the extension.', action: 'retry' };
}

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
    let current: LiveAnswer | null = null;
    try {
      for await (const event of streamFrom(chatGenerate, payload)) {
        current = nextLive(current, event);
        setLive(current);
      }
      return { started: current !== null };
    } catch (error) {
      // Once started, a failure is saved on the answer and shown there with Retry; when the worker
      // died mid-answer nobody saved it, so a fresh worker is asked to mark it interrupted.
      if (current !== null) void sendRequest(chatRecoverInterrupted, {}).catch(() => undefined);
      return { started: current !== null, error: errorData(error) };
    }
  }, []);

  const stop = useCallback(async (conversationId: string): Promise<void> => {
    await sendRequest(chatStop, { conversationId });
  }, []);

  return { live, start, stop };
}
