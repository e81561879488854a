import { loadSettings } from '../settings/store';
import { chatDb } from './db';
import { getCurrentConversationId } from './queries';
import { deleteConversation } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Conversations last touched before this time are dropped; undefined keeps them all. */
export function retentionCutoff(keepDays: number | null, now: number): number | undefined {
  return keepDays === null ? undefined : now - keepDays * DAY_MS;
}

/**
 * Applies settings.chatHistory (an organisation may set it): conversations older than the limit
 * go, messages and drafts with them. The open conversation stays, so "keep none" keeps only the
 * chat the user is in. Runs at worker start, before any answer is written (background.ts).
 */
export async function pruneChatHistory(now = Date.now()): Promise<void> {
  const { settings } = await loadSettings();
  const cutoff = retentionCutoff(settings.chatHistory.keepDays, now);
  if (cutoff === undefined) return;
  const current = await getCurrentConversationId();
  const expired = await chatDb.conversations.where('updatedAt').below(cutoff).primaryKeys();
  for (const id of expired) if (id !== current) await deleteConversation(id);
}
