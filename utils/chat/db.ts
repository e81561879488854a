import { Dexie, type EntityTable } from 'dexie';
import type { ConversationRecord, CurrentRecord, DraftRecord, MessageRecord, PresetRecord } from './schema';

/**
 * The conversation store, in the extension's own IndexedDB: the background writes, pages read
 * (liveQuery sees the background's writes across contexts).
 */
export type ChatDatabase = Dexie & {
  conversations: EntityTable<ConversationRecord, 'id'>;
  messages: EntityTable<MessageRecord, 'id'>;
  presets: EntityTable<PresetRecord, 'id'>;
  drafts: EntityTable<DraftRecord, 'key'>;
  state: EntityTable<CurrentRecord, 'key'>;
};

function openChatDatabase(): ChatDatabase {
  const db = new Dexie('parley-chat') as ChatDatabase;
  db.version(1).stores({
    conversations: 'id, updatedAt',
    messages: 'id, conversationId, [conversationId+seq], status',
    presets: 'id',
    drafts: 'key',
    state: 'key',
  });
  return db;
}

export const chatDb: ChatDatabase = openChatDatabase();
